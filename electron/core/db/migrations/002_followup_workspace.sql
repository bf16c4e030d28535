-- 002: the follow-up workspace. Participant profile (contact, programme, dates, referring NAV
-- office), the counselor's own reminder note, process stage history, the activity plan (goal in the
-- participant's own words, steps), motivation rulers, appointments, and opt-in gamification.
-- Codes are English (the UI translates them); dates are local calendar dates 'YYYY-MM-DD';
-- instants are UTC ISO 8601 strings as Date.toISOString() writes them.

-- One row per participant, created on the first edit. The national id stays in participants.
CREATE TABLE participant_profiles (
  participant_id   TEXT PRIMARY KEY REFERENCES participants(id),
  phone            TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 3 AND 32),
  email            TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
  -- aft = arbeidsforberedende trening, work_training = arbeidstrening, follow_up = oppfølging,
  -- vta = varig tilrettelagt arbeid, ips = individuell jobbstøtte, other = annet
  programme        TEXT CHECK (programme IN ('aft', 'work_training', 'follow_up', 'vta', 'ips', 'other')),
  start_date       TEXT CHECK (start_date IS NULL OR (length(start_date) = 10 AND date(start_date) = start_date)),
  planned_end_date TEXT CHECK (planned_end_date IS NULL OR (length(planned_end_date) = 10 AND date(planned_end_date) = planned_end_date)),
  nav_office       TEXT CHECK (nav_office IS NULL OR length(nav_office) BETWEEN 1 AND 120),
  updated_at       TEXT NOT NULL,
  CHECK (start_date IS NULL OR planned_end_date IS NULL OR planned_end_date >= start_date)
) STRICT;

-- The counselor's personal reminder ("ring om praksisplassen"): one per counselor and participant,
-- shown only to that counselor, never to the participant, an admin or a later counselor.
CREATE TABLE counselor_reminders (
  participant_id TEXT NOT NULL REFERENCES participants(id),
  counselor_id   TEXT NOT NULL REFERENCES users(id),
  body           TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 500),
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (participant_id, counselor_id)
) STRICT, WITHOUT ROWID;

-- Process stage history: kartlegging → avklaring → utprøving/arbeidstrening → jobbsøk →
-- i jobb/skole → avsluttet. The current stage is the latest row by (started_on, id).
CREATE TABLE participant_stages (
  id             INTEGER PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  stage          TEXT NOT NULL CHECK (stage IN ('assessment', 'clarification', 'work_trial', 'job_search', 'in_work_or_school', 'ended')),
  started_on     TEXT NOT NULL CHECK (length(started_on) = 10 AND date(started_on) = started_on),
  recorded_by    TEXT NOT NULL REFERENCES users(id),
  recorded_at    TEXT NOT NULL
) STRICT;
CREATE INDEX participant_stages_latest ON participant_stages(participant_id, started_on, id);

-- The goal in the participant's own words. Each change is a new row (the timeline shows them);
-- the current goal is the latest.
CREATE TABLE activity_goals (
  id             INTEGER PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  body           TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  set_by_role    TEXT NOT NULL CHECK (set_by_role IN ('participant', 'counselor')),
  set_by         TEXT NOT NULL REFERENCES users(id),
  set_at         TEXT NOT NULL
) STRICT;
CREATE INDEX activity_goals_latest ON activity_goals(participant_id, id);

-- Steps of the activity plan, as NAV's aktivitetsplan has them: status (forslag, planlagt,
-- gjennomføres, fullført, avbrutt), who proposed it, whether it is agreed, and a kind for the
-- milestones (CV, application, first day at work).
CREATE TABLE activity_steps (
  id             INTEGER PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description    TEXT CHECK (description IS NULL OR length(description) <= 2000),
  kind           TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('cv', 'application', 'work_start', 'other')),
  status         TEXT NOT NULL CHECK (status IN ('proposed', 'planned', 'in_progress', 'done', 'cancelled')),
  due_on         TEXT CHECK (due_on IS NULL OR (length(due_on) = 10 AND date(due_on) = due_on)),
  proposed_by    TEXT NOT NULL CHECK (proposed_by IN ('participant', 'counselor')),
  agreed         INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1)),
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  completed_at   TEXT,
  cancelled_at   TEXT,
  CHECK ((status = 'done') = (completed_at IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
) STRICT;
CREATE INDEX activity_steps_by_participant ON activity_steps(participant_id, id);
-- The caseload's "next step" and "overdue": open steps by due date.
CREATE INDEX activity_steps_open ON activity_steps(participant_id, due_on) WHERE status IN ('proposed', 'planned', 'in_progress');

-- MI readiness rulers: importance (viktighet) and confidence (mestringstro), 0–10.
CREATE TABLE motivation_rulers (
  id             INTEGER PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  measured_on    TEXT NOT NULL CHECK (length(measured_on) = 10 AND date(measured_on) = measured_on),
  importance     INTEGER NOT NULL CHECK (importance BETWEEN 0 AND 10),
  confidence     INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
  -- participant: on their own; session: together with the counselor in a session
  entered_by     TEXT NOT NULL CHECK (entered_by IN ('participant', 'session')),
  recorded_by    TEXT NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX motivation_rulers_by_participant ON motivation_rulers(participant_id, measured_on, id);

-- Appointments. uid is random (the .ics UID): it says nothing about the participant.
CREATE TABLE appointments (
  id               INTEGER PRIMARY KEY,
  uid              TEXT NOT NULL UNIQUE,
  participant_id   TEXT NOT NULL REFERENCES participants(id),
  counselor_id     TEXT NOT NULL REFERENCES users(id),
  starts_at        TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'phone', 'digital', 'other')),
  location         TEXT CHECK (location IS NULL OR length(location) <= 200),
  created_at       TEXT NOT NULL,
  cancelled_at     TEXT
) STRICT;
CREATE INDEX appointments_by_participant ON appointments(participant_id, starts_at);
CREATE INDEX appointments_by_counselor ON appointments(counselor_id, starts_at);

-- Gamification: opt-in by the participant, erased entirely when they turn it off. Nothing outside
-- core/gamification reads these tables (a test enforces it for decisions, privacy and reports).
CREATE TABLE gamification_profiles (
  participant_id        TEXT PRIMARY KEY REFERENCES participants(id),
  enabled_at            TEXT NOT NULL,
  -- the version of the plain-language explanation the participant read before turning it on
  explanation_version   INTEGER NOT NULL,
  shared_with_counselor INTEGER NOT NULL DEFAULT 0 CHECK (shared_with_counselor IN (0, 1)),
  shared_at             TEXT,
  CHECK ((shared_with_counselor = 1) = (shared_at IS NOT NULL))
) STRICT;

-- One point per completed step the participant chose; once given it stays (no loss mechanics).
CREATE TABLE gamification_points (
  participant_id TEXT NOT NULL REFERENCES gamification_profiles(participant_id) ON DELETE CASCADE,
  step_id        INTEGER NOT NULL,
  points         INTEGER NOT NULL CHECK (points BETWEEN 1 AND 100),
  earned_on      TEXT NOT NULL CHECK (length(earned_on) = 10 AND date(earned_on) = earned_on),
  PRIMARY KEY (participant_id, step_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE gamification_badges (
  participant_id TEXT NOT NULL REFERENCES gamification_profiles(participant_id) ON DELETE CASCADE,
  badge          TEXT NOT NULL CHECK (badge IN ('first_step', 'cv_done', 'first_application', 'first_work_week')),
  awarded_at     TEXT NOT NULL,
  PRIMARY KEY (participant_id, badge)
) STRICT, WITHOUT ROWID;
