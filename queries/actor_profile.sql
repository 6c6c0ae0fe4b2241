-- actor_profile: one state or organisation: its name, kind, ISO3 code and other names, and how many memberships, events, figures and sources concern it (unreviewed ones only when asked for).
-- params: $actor_id, $include_candidates
-- columns: actor_id, name, kind, iso3, aliases, n_memberships, n_events, n_figures
SELECT
    a.actor_id, a.name, a.kind, a.iso3, a.aliases,
    (SELECT count(*) FROM memberships m
      WHERE m.actor_id = a.actor_id AND visible(m.status, $include_candidates)) AS n_memberships,
    (SELECT count(*) FROM events e
      WHERE list_contains(e.actor_ids, a.actor_id) AND visible(e.status, $include_candidates)) AS n_events,
    (SELECT count(*) FROM statistics s
      WHERE (s.reported_by = a.actor_id OR s.subject_iso3 = a.iso3) AND visible(s.status, $include_candidates))
      AS n_figures
FROM actors a
WHERE a.actor_id = $actor_id;
