import { PencilIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Chips,
  HStack,
  Loader,
  Pagination,
  Search,
  Select,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { UnseenCrisisFlags } from '../chat/UnseenCrisisFlags';
import { formatInstant, formatDate } from '../../i18n/format';
import { IcsExport } from '../followup/IcsExport';
import { StatusMessage } from '../followup/StatusMessage';
import type { CaseloadRow, Stage } from '../followup/types';
import { useVocabulary } from '../followup/useVocabulary';
import {
  caseloadInput,
  filtersFrom,
  hasFilters,
  NO_CONTACT_CHOICES,
  PAGE_SIZE,
  paramsFrom,
  QUICK_FILTERS,
  SORTS,
  type CaseloadFilters,
  type QuickFilter,
  type Sort,
} from './caseloadFilters';
import { ReminderDialog } from './ReminderDialog';
import { useWindowedRows } from './useWindowedRows';
import '../followup/followup.css';

const STAGES: readonly Stage[] = [
  'assessment',
  'clarification',
  'work_trial',
  'job_search',
  'in_work_or_school',
  'ended',
];
const SEARCH_AFTER_MS = 250;
const DEFAULT_NO_CONTACT_DAYS = 14;

/**
 * "Mine deltakere": the counselor's caseload (the app decides who is on it), with search, the
 * quick filters counselors know from veilarbportefølje, the process stage, and the counselor's own
 * reminder per participant. A real table: Tab reaches each name; the arrow keys, Home and End move
 * between the names.
 */
export function MyParticipants() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const defaultDays = vocabulary?.defaultNoContactDays ?? DEFAULT_NO_CONTACT_DAYS;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, defaultDays);
  const [searchText, setSearchText] = useState(filters.search);
  const query = useQuery('caseload.list', caseloadInput(filters), paramsFrom(filters).toString(), { keepData: true });
  const [editing, setEditing] = useState<CaseloadRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reminderButtons = useRef(new Map<string, HTMLButtonElement>());
  // After the reminder dialog closes, focus goes back to the row's reminder button.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  useEffect(() => {
    if (editing || !returnFocus) return;
    const frame = requestAnimationFrame(() => {
      reminderButtons.current.get(returnFocus)?.focus();
      setReturnFocus(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [editing, returnFocus]);

  const apply = (change: Partial<CaseloadFilters>) => {
    const next = { ...filters, page: 1, ...change };
    setParams(paramsFrom(next), { replace: true });
  };

  useEffect(() => {
    if (searchText.trim() === filters.search.trim()) return;
    const timer = setTimeout(() => apply({ search: searchText }), SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
    // `apply` reads the current filters; the search text is what changes.
  }, [searchText]);

  const toggleQuick = (key: QuickFilter) => {
    const quick = new Set(filters.quick);
    if (quick.has(key)) quick.delete(key);
    else quick.add(key);
    apply({ quick });
  };
  const toggleStage = (stage: Stage) =>
    apply({
      stages: filters.stages.includes(stage) ? filters.stages.filter((s) => s !== stage) : [...filters.stages, stage],
    });

  const data = query.status === 'success' ? query.data : null;
  const counts = data?.counts;
  const countOf: Record<QuickFilter, number | undefined> = {
    isNew: counts?.isNew,
    awaitingReply: counts?.awaitingReply,
    noContact: data && data.noContactDays === filters.noContactDays ? counts?.noContact : undefined,
    overdue: counts?.overdue,
    meetingToday: counts?.meetingToday,
    hasReminder: counts?.hasReminder,
  };
  const quickLabel = (key: QuickFilter) => {
    const label = t(`followup.caseload.quick.${key}`, { days: filters.noContactDays });
    const n = countOf[key];
    return n === undefined ? label : `${label} (${n})`;
  };

  return (
    <VStack gap="space-24">
      <PageHeading>{t('caseload.title')}</PageHeading>
      <BodyLong>{t('caseload.intro')}</BodyLong>
      <UnseenCrisisFlags />

      <VStack gap="space-16" as="section" aria-label={t('followup.caseload.filtersLabel')}>
        <HStack gap="space-16" align="end" wrap>
          <div className="caseload-search">
            <Search
              hideLabel={false}
              label={t('followup.caseload.search')}
              variant="simple"
              value={searchText}
              onChange={setSearchText}
              onClear={() => setSearchText('')}
              autoComplete="off"
            />
          </div>
          <Select
            label={t('followup.caseload.sort')}
            value={filters.sort}
            onChange={(e) => apply({ sort: e.target.value as Sort })}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`followup.caseload.sorts.${s}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <div>
          <BodyShort weight="semibold" id="quick-filters-label" spacing>
            {t('followup.caseload.quickLabel')}
          </BodyShort>
          <HStack gap="space-12" align="center" wrap>
            <Chips aria-labelledby="quick-filters-label">
              {QUICK_FILTERS.map((key) => (
                <Chips.Toggle
                  key={key}
                  selected={filters.quick.has(key)}
                  onClick={() => toggleQuick(key)}
                  data-testid={`filter-${key}`}
                >
                  {quickLabel(key)}
                </Chips.Toggle>
              ))}
            </Chips>
            <Select
              label={t('followup.caseload.noContactDays')}
              size="small"
              value={String(filters.noContactDays)}
              onChange={(e) => {
                const quick = new Set(filters.quick);
                quick.add('noContact');
                apply({ noContactDays: Number(e.target.value), quick });
              }}
            >
              {[...new Set([...NO_CONTACT_CHOICES, filters.noContactDays])]
                .sort((a, b) => a - b)
                .map((d) => (
                  <option key={d} value={d}>
                    {t('followup.caseload.days', { count: d })}
                  </option>
                ))}
            </Select>
          </HStack>
        </div>
        <div>
          <BodyShort weight="semibold" id="stage-filters-label" spacing>
            {t('followup.caseload.stageLabel')}
          </BodyShort>
          <Chips aria-labelledby="stage-filters-label">
            {STAGES.map((stage) => (
              <Chips.Toggle
                key={stage}
                selected={filters.stages.includes(stage)}
                onClick={() => toggleStage(stage)}
                data-testid={`stage-filter-${stage}`}
              >
                {t(`followup.stage.${stage}`)}
              </Chips.Toggle>
            ))}
          </Chips>
        </div>
      </VStack>

      {query.status === 'loading' && <Loader title={t('common.loading')} />}
      {query.status === 'error' && <Alert variant="error">{query.error.message}</Alert>}
      {data && data.counts.all === 0 && (
        <Alert variant="info" data-testid="caseload-empty">
          {t('caseload.empty')}
        </Alert>
      )}
      {data && data.counts.all > 0 && (
        <VStack gap="space-16">
          <HStack gap="space-16" align="center" justify="space-between" wrap>
            <BodyShort role="status" aria-live="polite" data-testid="caseload-count">
              {hasFilters(filters)
                ? t('followup.caseload.showing', { count: data.total, all: data.counts.all })
                : t('caseload.caption', { count: data.counts.all })}
            </BodyShort>
            {hasFilters(filters) && (
              <Button
                size="small"
                variant="tertiary"
                onClick={() => {
                  setSearchText('');
                  setParams(paramsFrom({ ...filters, search: '', quick: new Set(), stages: [], page: 1 }), {
                    replace: true,
                  });
                }}
              >
                {t('followup.caseload.clearFilters')}
              </Button>
            )}
          </HStack>
          <StatusMessage message={message} />
          {data.total === 0 ? (
            <Alert variant="info" data-testid="caseload-no-match">
              {t('followup.caseload.noMatch')}
            </Alert>
          ) : (
            <CaseloadTable
              rows={data.rows}
              today={data.today}
              onEditReminder={setEditing}
              reminderButtons={reminderButtons.current}
              caption={t('followup.caseload.caption', { count: data.total })}
            />
          )}
          {data.total > PAGE_SIZE && (
            <HStack gap="space-16" align="center" wrap>
              {!filters.showAll && (
                <Pagination
                  page={filters.page}
                  count={Math.ceil(data.total / PAGE_SIZE)}
                  onPageChange={(page) => setParams(paramsFrom({ ...filters, page }), { replace: false })}
                  srHeading={{ tag: 'h2', text: t('followup.caseload.pages') }}
                />
              )}
              <Button
                size="small"
                variant="tertiary"
                onClick={() => apply({ showAll: !filters.showAll })}
                data-testid="caseload-show-all"
              >
                {filters.showAll
                  ? t('followup.caseload.perPage', { count: PAGE_SIZE })
                  : t('followup.caseload.showAll', { count: data.total })}
              </Button>
            </HStack>
          )}
        </VStack>
      )}
      {data && data.counts.all > 0 && <IcsExport headingLevel="2" />}
      {editing && (
        <ReminderDialog
          participantId={editing.participantId}
          name={editing.displayName}
          reminder={editing.reminder}
          onClose={() => {
            setReturnFocus(editing.participantId);
            setEditing(null);
          }}
          onSaved={(reminder) => {
            setMessage(
              reminder
                ? t('followup.reminder.saved', { name: editing.displayName })
                : t('followup.reminder.removed', { name: editing.displayName }),
            );
            setReturnFocus(editing.participantId);
            setEditing(null);
            query.reload();
          }}
        />
      )}
    </VStack>
  );
}

interface RowLabels {
  lang: string;
  flags: Record<'isNew' | 'awaitingReply' | 'overdue' | 'meetingToday' | 'noContact', string>;
  stage: (stage: Stage) => string;
  since: (date: string) => string;
  noStage: string;
  due: (date: string) => string;
  noDue: string;
  noOpenStep: string;
  contactKind: (kind: string) => string;
  daysAgo: (n: number) => string;
  noContactYet: string;
  meetingKind: (kind: string) => string;
  noMeeting: string;
  editReminder: (name: string) => string;
  addReminder: (name: string) => string;
}

/**
 * The table of "Mine deltakere". Rows are memoised and their labels made once per render of the
 * table (translating and formatting per cell is what costs). A page of 50 is rendered whole; the
 * whole caseload ("Vis alle", up to 500) is one table that scrolls with the page, of which only the
 * rows on screen are in the document (useWindowedRows): the table tells assistive technology how
 * many rows it has and where each shown row stands (aria-rowcount, aria-rowindex), the arrow keys,
 * Home and End reach every participant, and Tab moves on row by row as the page scrolls.
 */
const CaseloadTable = memo(function CaseloadTable({
  rows,
  today,
  caption,
  onEditReminder,
  reminderButtons,
}: {
  rows: CaseloadRow[];
  today: string;
  caption: string;
  onEditReminder: (row: CaseloadRow) => void;
  reminderButtons: Map<string, HTMLButtonElement>;
}) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const lang = i18n.language;
  const labels = useMemo<RowLabels>(
    () => ({
      lang,
      flags: {
        isNew: t('followup.caseload.flags.isNew'),
        awaitingReply: t('followup.caseload.flags.awaitingReply'),
        overdue: t('followup.caseload.flags.overdue'),
        meetingToday: t('followup.caseload.flags.meetingToday'),
        noContact: t('followup.caseload.flags.noContact'),
      },
      stage: (stage) => t(`followup.stage.${stage}`),
      since: (date) => t('followup.caseload.since', { date }),
      noStage: t('followup.caseload.noStage'),
      due: (date) => t('followup.steps.due', { date }),
      noDue: t('followup.steps.noDue'),
      noOpenStep: t('followup.caseload.noOpenStep'),
      contactKind: (kind) => t(`followup.caseload.contactKind.${kind}`),
      daysAgo: (count) => t('followup.caseload.daysAgo', { count }),
      noContactYet: t('followup.caseload.noContactYet'),
      meetingKind: (kind) => t(`followup.appointmentKind.${kind}`),
      noMeeting: t('followup.caseload.noMeeting'),
      editReminder: (name) => t('followup.reminder.editFor', { name }),
      addReminder: (name) => t('followup.reminder.addFor', { name }),
    }),
    [t, lang],
  );
  const linkState = useMemo(() => ({ caseload: location.search }), [location.search]);
  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useWindowedRows(rows.length, body, rows.length > PAGE_SIZE);

  // Arrow keys, Home and End move between the participants' names (the table's row headers).
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches('a[data-row-link]')) return;
    const at = Number(target.closest<HTMLElement>('tr[data-row-index]')?.dataset.rowIndex);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (next === undefined || Number.isNaN(at)) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(rows.length - 1, next));
    const table = event.currentTarget;
    shown.reveal(index, () =>
      table.querySelector<HTMLAnchorElement>(`tr[data-row-index="${index}"] a[data-row-link]`)?.focus(),
    );
  };

  return (
    <div className="table-scroll">
      <Table
        size="small"
        className="caseload-table"
        data-testid="caseload"
        onKeyDown={onKeyDown}
        aria-describedby="caseload-keys"
        aria-rowcount={rows.length + 1}
      >
        <caption className="sr-only">{caption}</caption>
        <Table.Header>
          <Table.Row aria-rowindex={1}>
            <Table.ColumnHeader scope="col">{t('caseload.name')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('followup.caseload.columns.flags')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('followup.caseload.columns.stage')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('followup.caseload.columns.nextStep')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('followup.caseload.columns.lastContact')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('followup.caseload.columns.nextMeeting')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('followup.caseload.columns.reminder')}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body ref={body}>
          {/* One flat list keyed by participant, so a row that moves between runs is kept, with its focus. */}
          {shown.segments.flatMap((segment, n) =>
            segment.kind === 'space'
              ? [<SpacerRow key={`space-${n}`} height={segment.height} />]
              : rows
                  .slice(segment.start, segment.end)
                  .map((row, k) => (
                    <CaseloadRowView
                      key={row.participantId}
                      index={segment.start + k}
                      row={row}
                      labels={labels}
                      linkState={linkState}
                      onEditReminder={onEditReminder}
                      reminderButtons={reminderButtons}
                    />
                  )),
          )}
        </Table.Body>
      </Table>
      <p id="caseload-keys" className="sr-only">
        {t('followup.caseload.keys', { today: formatDate(today, lang) })}
      </p>
    </div>
  );
});

/** Stands for the rows of the whole caseload that are off screen: their height, nothing to read. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="caseload-spacer">
      <td colSpan={7} style={{ height }} />
    </tr>
  );
}

const CaseloadRowView = memo(function CaseloadRowView({
  index,
  row,
  labels: l,
  linkState,
  onEditReminder,
  reminderButtons,
}: {
  index: number;
  row: CaseloadRow;
  labels: RowLabels;
  linkState: { caseload: string };
  onEditReminder: (row: CaseloadRow) => void;
  reminderButtons: Map<string, HTMLButtonElement>;
}) {
  const reminderLabel = row.reminder ? l.editReminder(row.displayName) : l.addReminder(row.displayName);
  return (
    <Table.Row data-testid={`caseload-row-${row.participantId}`} data-row-index={index} aria-rowindex={index + 2}>
      <Table.HeaderCell scope="row">
        <Link to={`/deltakere/${row.participantId}`} state={linkState} data-row-link className="row-link">
          {row.displayName}
        </Link>
      </Table.HeaderCell>
      <Table.DataCell>
        <div className="cell-tags">
          {row.flags.isNew && (
            <Tag size="xsmall" variant="info">
              {l.flags.isNew}
            </Tag>
          )}
          {row.flags.awaitingReply && (
            <Tag size="xsmall" variant="warning">
              {l.flags.awaitingReply}
            </Tag>
          )}
          {row.flags.overdue && (
            <Tag size="xsmall" variant="error">
              {l.flags.overdue}
            </Tag>
          )}
          {row.flags.meetingToday && (
            <Tag size="xsmall" variant="success">
              {l.flags.meetingToday}
            </Tag>
          )}
          {row.flags.noContact && (
            <Tag size="xsmall" variant="neutral">
              {l.flags.noContact}
            </Tag>
          )}
        </div>
      </Table.DataCell>
      <Table.DataCell>
        {row.stage ? (
          <>
            {l.stage(row.stage)}
            {row.stageSince && <div className="cell-detail nowrap">{l.since(formatDate(row.stageSince, l.lang))}</div>}
          </>
        ) : (
          <span className="cell-detail">{l.noStage}</span>
        )}
      </Table.DataCell>
      <Table.DataCell>
        {row.nextStep ? (
          <>
            {row.nextStep.title}
            <div className={row.flags.overdue ? 'cell-detail cell-detail--overdue nowrap' : 'cell-detail nowrap'}>
              {row.nextStep.dueOn ? l.due(formatDate(row.nextStep.dueOn, l.lang)) : l.noDue}
            </div>
          </>
        ) : (
          <span className="cell-detail">{l.noOpenStep}</span>
        )}
      </Table.DataCell>
      <Table.DataCell>
        {row.lastContact ? (
          <>
            <span className="nowrap">{formatDate(row.lastContact.on, l.lang)}</span>
            <div className="cell-detail nowrap">
              {l.contactKind(row.lastContact.kind)}
              {row.flags.daysSinceContact !== null && `, ${l.daysAgo(row.flags.daysSinceContact)}`}
            </div>
          </>
        ) : (
          <span className="cell-detail">{l.noContactYet}</span>
        )}
      </Table.DataCell>
      <Table.DataCell>
        {row.nextMeeting ? (
          <>
            <span className="nowrap">{formatInstant(row.nextMeeting.startsAt, l.lang)}</span>
            <div className="cell-detail">{l.meetingKind(row.nextMeeting.kind)}</div>
          </>
        ) : (
          <span className="cell-detail">{l.noMeeting}</span>
        )}
      </Table.DataCell>
      <Table.DataCell>
        <div className="cell-reminder">
          <span className="reminder-text" data-testid="caseload-reminder">
            {row.reminder ?? ''}
          </span>
          <Button
            ref={(el) => {
              if (el) reminderButtons.set(row.participantId, el);
              else reminderButtons.delete(row.participantId);
            }}
            size="xsmall"
            variant="tertiary"
            icon={<PencilIcon aria-hidden />}
            title={reminderLabel}
            aria-label={reminderLabel}
            onClick={() => onEditReminder(row)}
          />
        </div>
      </Table.DataCell>
    </Table.Row>
  );
});
