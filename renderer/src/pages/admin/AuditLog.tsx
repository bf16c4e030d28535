import { ShieldCheckmarkIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  DatePicker,
  HStack,
  Loader,
  Select,
  Table,
  Tag,
  useDatepicker,
  VStack,
} from '@navikt/ds-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { InputOf, OutputOf } from '../../../../electron/core/api/router';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatTime } from '../../i18n/format';

type Entry = OutputOf<'audit.list'>['entries'][number];
type Verification = OutputOf<'audit.verify'>;
type Filter = Omit<InputOf<'audit.list'>, 'limit' | 'beforeSeq'>;
type ActionLabel = OutputOf<'audit.actions'>['actions'][number];
/** The filter's groups in order (core/audit/events.ts AUDIT_GROUPS). */
const GROUP_ORDER: ActionLabel['group'][] = ['login', 'participants', 'notes', 'chat', 'privacy', 'admin'];

export const AUDIT_PAGE_SIZE = 50;

const OUTCOME_VARIANT: Record<Entry['outcome'], 'success' | 'warning' | 'neutral' | 'error'> = {
  ok: 'success',
  denied: 'warning',
  invalid: 'neutral',
  error: 'error',
  failed: 'error',
};

/** i18next reads dots as nesting; codes keep their dots in the data and use underscores as keys. */
const keyOf = (code: string) => code.replace(/\./g, '_');

function startOfDay(d: Date): string {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).toISOString();
}
function endOfDay(d: Date): string {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999).toISOString();
}

/**
 * The audit trail for admins: who did what, on which record, when, and how it went — metadata
 * only, never what was written. Filters by user, action and date; pages backwards from the
 * newest; and checks the hash chain on request.
 */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const users = useQuery('users.list', {});
  const actionTable = useQuery('audit.actions', {});
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [group, setGroup] = useState<ActionLabel['group'] | ''>('');
  const locale = i18n.language === 'en' ? 'en' : i18n.language === 'nn' ? 'nn' : 'nb';
  // A code without a label says «Annen grunn», never the code itself: the page speaks Norwegian only.
  const reasonLabel = (e: Entry): string => {
    const label = t(`audit.reason.${keyOf(e.reasonCode ?? '')}`, { defaultValue: t('audit.reason.other') });
    return e.unverified ? t('audit.reason.unverified', { reason: label }) : label;
  };
  const from = useDatepicker({ locale, onValidate: (v) => setFromInvalid(!v.isEmpty && !v.isValidDate) });
  const to = useDatepicker({ locale, onValidate: (v) => setToInvalid(!v.isEmpty && !v.isValidDate) });
  const [filter, setFilter] = useState<Filter>({});
  const [entries, setEntries] = useState<Entry[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  // A date typed by hand that is not a date in the calendar (31.02.2026) is refused at its field.
  const [fromInvalid, setFromInvalid] = useState(false);
  const [toInvalid, setToInvalid] = useState(false);

  const load = useCallback(
    async (f: Filter, beforeSeq?: number) => {
      setLoading(true);
      const result = await api.call('audit.list', {
        ...f,
        limit: AUDIT_PAGE_SIZE,
        ...(beforeSeq ? { beforeSeq } : {}),
      });
      setLoading(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setEntries((prev) => (beforeSeq ? [...prev, ...result.data.entries] : result.data.entries));
      setMore(result.data.entries.length === AUDIT_PAGE_SIZE);
    },
    [api],
  );

  useEffect(() => {
    void load(filter);
  }, [load, filter]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (fromInvalid || toInvalid) return;
    setFilter({
      ...(actorId ? { actorId } : {}),
      ...(action ? { action } : group ? { group } : {}),
      ...(from.selectedDay ? { from: startOfDay(from.selectedDay) } : {}),
      ...(to.selectedDay ? { to: endOfDay(to.selectedDay) } : {}),
    });
  };

  const reset = () => {
    setActorId('');
    setAction('');
    setGroup('');
    from.reset();
    to.reset();
    setFromInvalid(false);
    setToInvalid(false);
    setFilter({});
  };

  const verify = async () => {
    setVerifying(true);
    setVerification(null);
    setVerifyError(null);
    const result = await api.call('audit.verify', {});
    setVerifying(false);
    if (result.ok) setVerification(result.data);
    else setVerifyError(result.error.message);
  };

  const allUsers = users.status === 'success' ? users.data : [];
  const labels = actionTable.status === 'success' ? actionTable.data.actions : [];
  const labelOf = new Map(labels.map((l) => [l.action, l.label]));
  const actionLabel = (code: string) => labelOf.get(code) ?? t('audit.unknownAction');
  const targetLabel = (e: Entry) => {
    if (!e.targetType) return '—';
    const type = t(`audit.target.${keyOf(e.targetType)}`, { defaultValue: t('audit.target.other') });
    if (!e.targetId) return type;
    return `${type}: ${nameOf(e.targetId)}`;
  };
  /** An account or participant by name (the start of the id when the account is gone). */
  const nameOf = (id: string) => {
    const named = allUsers.find((u) => u.id === id || (u.participantId !== null && u.participantId === id));
    return named ? named.displayName : id.slice(0, 8);
  };
  /**
   * What a row did, in words: the procedure's or event's label; a counselor's counted reads of a
   * participant's information while she had it open say how many and until when they were counted.
   */
  const whatLabel = (e: Entry) =>
    e.repeatsOf === 'record' && e.repeats && e.targetId
      ? t('audit.openedReads', {
          count: e.repeats.reduce((n, r) => n + r.count, 0),
          name: nameOf(e.targetId),
          time: formatTime(e.at, i18n.language),
        })
      : actionLabel(e.action);

  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t('audit.title')}</PageHeading>
        <BodyLong>{t('audit.intro')}</BodyLong>
        <BodyLong size="small">{t('audit.openingsHelp')}</BodyLong>
      </VStack>

      <Box
        as="section"
        aria-labelledby="verify-heading"
        padding="space-20"
        borderRadius="12"
        borderWidth="1"
        borderColor="neutral-subtle"
      >
        <VStack gap="space-12">
          <h2 id="verify-heading" className="sr-only">
            {t('audit.verifyTitle')}
          </h2>
          <HStack gap="space-16" align="center">
            <Button
              variant="secondary"
              icon={<ShieldCheckmarkIcon aria-hidden />}
              loading={verifying}
              onClick={() => void verify()}
            >
              {t('audit.verify')}
            </Button>
            <BodyShort size="small">{t('audit.verifyHelp')}</BodyShort>
          </HStack>
          <div aria-live="polite">
            {verification?.ok === true && (
              <Alert variant="success" data-testid="audit-verified">
                {t('audit.verifiedOk', { count: verification.entries })}
              </Alert>
            )}
            {verification?.ok === false && verification.firstBad && (
              <Alert variant="error" data-testid="audit-verified">
                {t('audit.verifiedBad', {
                  seq: verification.firstBad.seq,
                  problem: t(`audit.problem.${verification.firstBad.problem}`),
                })}
              </Alert>
            )}
            {verifyError && <Alert variant="error">{verifyError}</Alert>}
          </div>
        </VStack>
      </Box>

      <section aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading" className="sr-only">
          {t('audit.filterTitle')}
        </h2>
        <form onSubmit={apply} noValidate>
          <HStack gap="space-16" align="end" wrap>
            <Select label={t('audit.user')} value={actorId} onChange={(e) => setActorId(e.target.value)} size="small">
              <option value="">{t('audit.allUsers')}</option>
              {allUsers.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} ({t(`roles.${u.role}`)})
                </option>
              ))}
            </Select>
            <Select
              label={t('audit.groupLabel')}
              value={group}
              onChange={(e) => {
                setGroup(e.target.value as ActionLabel['group'] | '');
                setAction('');
              }}
              size="small"
            >
              <option value="">{t('audit.allGroups')}</option>
              {GROUP_ORDER.map((g) => (
                <option key={g} value={g}>
                  {t(`audit.group.${g}`)}
                </option>
              ))}
            </Select>
            <Select
              label={t('audit.actionLabel')}
              value={action}
              onChange={(e) => setAction(e.target.value)}
              size="small"
              className="audit-action-select"
            >
              <option value="">{t('audit.allActions')}</option>
              {GROUP_ORDER.filter((g) => group === '' || g === group).map((g) => (
                <optgroup key={g} label={t(`audit.group.${g}`)}>
                  {labels
                    .filter((l) => l.group === g)
                    .sort((a, b) => a.label.localeCompare(b.label, 'nb'))
                    .map((l) => (
                      <option key={l.action} value={l.action}>
                        {l.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
            <DatePicker {...from.datepickerProps}>
              <DatePicker.Input
                {...from.inputProps}
                label={t('audit.from')}
                size="small"
                error={fromInvalid ? t('audit.invalidDate') : undefined}
              />
            </DatePicker>
            <DatePicker {...to.datepickerProps}>
              <DatePicker.Input
                {...to.inputProps}
                label={t('audit.to')}
                size="small"
                error={toInvalid ? t('audit.invalidDate') : undefined}
              />
            </DatePicker>
            <HStack gap="space-8">
              <Button type="submit" size="small">
                {t('audit.apply')}
              </Button>
              <Button type="button" size="small" variant="tertiary" onClick={reset}>
                {t('audit.reset')}
              </Button>
            </HStack>
          </HStack>
        </form>
      </section>

      <section aria-labelledby="audit-entries-heading" aria-busy={loading}>
        <h2 id="audit-entries-heading" className="sr-only">
          {t('audit.entriesTitle')}
        </h2>
        {error && <Alert variant="error">{error.message}</Alert>}
        {!error && !loading && entries.length === 0 && <Alert variant="info">{t('audit.empty')}</Alert>}
        {entries.length > 0 && (
          <Table size="small" data-testid="audit-table">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('audit.seq')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.at')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.user')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.role')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.actionLabel')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.target.label')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.outcome.label')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('audit.reason.label')}</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((e) => (
                <Table.Row key={e.seq} data-testid="audit-row">
                  <Table.DataCell className="numeric">{e.seq}</Table.DataCell>
                  <Table.DataCell className="nowrap">{formatDateTime(e.at, i18n.language)}</Table.DataCell>
                  <Table.DataCell>
                    {e.actorName ?? (e.actorId ? e.actorId.slice(0, 8) : t('audit.nobody'))}
                  </Table.DataCell>
                  <Table.DataCell>{e.actorRole ? t(`roles.${e.actorRole}`) : '—'}</Table.DataCell>
                  <Table.DataCell>
                    <BodyShort size="small">{whatLabel(e)}</BodyShort>
                  </Table.DataCell>
                  <Table.DataCell>{targetLabel(e)}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="xsmall" variant={OUTCOME_VARIANT[e.outcome]}>
                      {t(`audit.outcome.${e.outcome}`)}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell>
                    {e.repeats
                      ? e.repeats
                          .map((r) => t('audit.repeats', { action: actionLabel(r.action), count: r.count }))
                          .join('; ')
                      : e.reasonCode
                        ? reasonLabel(e)
                        : '—'}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {loading && <Loader title={t('common.loading')} />}
        {more && !loading && (
          <Button
            variant="secondary"
            className="load-more"
            onClick={() => void load(filter, entries[entries.length - 1]?.seq)}
          >
            {t('audit.older')}
          </Button>
        )}
      </section>
    </VStack>
  );
}
