/*
** Judgments: hedged, forecast and recommended statements kept at ingest,
** listed by due date, resolved by the analyst, and scored (docs/store.md).
**
** Scoring uses the midpoint of each statement's ICD 203 band as its
** probability, because the band is all the author committed to; statements
** with no band ("will sign", with no estimative word) can be resolved but are
** counted as unscored rather than given a number the author never wrote.
*/
#include "store.h"

#include <string.h>

int tocsin_store_forecasts(tocsin_store *p, const char *zDueBefore, int bOpen, tocsin_row_fn xRow, void *pArg,
                           tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  static const char zSql[] =
      "SELECT j.id AS id, j.due AS due, j.author AS author, d.pubdate AS date, j.mood AS mood,"
      " j.hedge AS hedge, j.p_low AS p_low, j.p_high AS p_high, j.subject AS subject,"
      " CASE j.outcome WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END AS outcome, j.text AS text, d.path AS doc"
      " FROM judgments j JOIN documents d ON d.id = j.doc_id"
      " WHERE (?1 IS NULL OR (j.due IS NOT NULL AND j.due < ?1)) AND (?2 = 0 OR j.outcome IS NULL)"
      " ORDER BY j.due IS NULL, j.due, j.id";
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db, zSql, -1, &s, NULL);
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, "listing forecasts", pErr);
  if (zDueBefore && *zDueBefore) sqlite3_bind_text(s, 1, zDueBefore, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 2, bOpen != 0);
  return store_rows(p, s, xRow, pArg, "listing forecasts", pErr);
}

int tocsin_store_resolve(tocsin_store *p, long long iId, int bYes, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db,
                              "UPDATE judgments SET outcome=?1, resolved_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')"
                              " WHERE id=?2",
                              -1, &s, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int(s, 1, bYes != 0);
    sqlite3_bind_int64(s, 2, iId);
    rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, "recording the outcome", pErr);
  if (sqlite3_changes(p->db) == 0) {
    err_set(pErr, TOCSIN_EARG, (size_t)-1,
            "%s: no forecast with id %lld; `tocsin forecasts --db %s` lists them with their ids", p->zPath, iId,
            p->zPath);
    return TOCSIN_EARG;
  }
  return TOCSIN_OK;
}

int tocsin_store_score(tocsin_store *p, tocsin_row_fn xRow, void *pArg, tocsin_error *pErr) {
  if (pErr) memset(pErr, 0, sizeof *pErr);
  /* Brier = mean (p - outcome)^2 over resolved judgments with a band; the
  ** per-band rows are the calibration table: forecast p against observed rate */
  static const char zSql[] =
      "WITH r AS (SELECT author, p_low, p_high, (p_low + p_high) / 2.0 AS p, outcome"
      "           FROM judgments WHERE outcome IS NOT NULL)"
      " SELECT * FROM ("
      "  SELECT author AS source, 'all' AS band, count(p) AS n, count(*) - count(p) AS unscored,"
      "   round(avg(p), 4) AS forecast, round(avg(CASE WHEN p IS NOT NULL THEN outcome END), 4) AS observed,"
      "   round(avg((p - outcome) * (p - outcome)), 4) AS brier FROM r GROUP BY author"
      "  UNION ALL"
      "  SELECT author, printf('%.2f-%.2f', p_low, p_high), count(*), NULL, round(avg(p), 4),"
      "   round(avg(outcome), 4), round(avg((p - outcome) * (p - outcome)), 4)"
      "   FROM r WHERE p IS NOT NULL GROUP BY author, p_low, p_high)"
      " ORDER BY source, band <> 'all', band";
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(p->db, zSql, -1, &s, NULL);
  if (rc != SQLITE_OK) return store_error(p->db, rc, p->zPath, "scoring forecasts", pErr);
  return store_rows(p, s, xRow, pArg, "scoring forecasts", pErr);
}
