// PostgreSQL backend through libpq, with the same semantics as SQLite:
// ON CONFLICT DO NOTHING for duplicates, one transaction per batch, tsvector
// for search. Migrations hold an advisory lock so concurrent Opens agree.
#include <libpq-fe.h>

#include <cstdlib>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "store/annotation_codec.h"
#include "store/internal_stores.h"

namespace newsgraph::internal {
namespace {

constexpr const char* kMigrations[] = {
    R"(CREATE TABLE articles (
         seq BIGSERIAL PRIMARY KEY,
         id TEXT NOT NULL UNIQUE,
         content_hash TEXT NOT NULL UNIQUE,
         url TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL,
         date TEXT, date_from INTEGER NOT NULL, path TEXT, text TEXT NOT NULL,
         search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED);
       CREATE INDEX articles_source ON articles(source);
       CREATE INDEX articles_date ON articles(date);
       CREATE INDEX articles_search ON articles USING GIN (search);
       CREATE TABLE reports (seq BIGSERIAL PRIMARY KEY, article_count INTEGER NOT NULL, json TEXT NOT NULL);)",
    R"(CREATE TABLE quotes (document TEXT NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL,
         search tsvector GENERATED ALWAYS AS (to_tsvector('english', speaker || ' ' || text)) STORED);
       CREATE INDEX quotes_document ON quotes(document);
       CREATE INDEX quotes_search ON quotes USING GIN (search);)",
    // Each article's analysis, so later ingests do not annotate it again.
    "ALTER TABLE articles ADD COLUMN annotations BYTEA;",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

// Owns a PGresult.
class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  bool ok() const {
    const auto s = PQresultStatus(r_);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
  }
  int rows() const { return PQntuples(r_); }
  std::string_view View(int row, int col) const {
    return std::string_view(PQgetvalue(r_, row, col), PQgetlength(r_, row, col));
  }
  std::string Text(int row, int col) const { return std::string(PQgetvalue(r_, row, col), PQgetlength(r_, row, col)); }
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col); }
  const char* error() const { return PQresultErrorMessage(r_); }
  int affected() const { return std::atoi(PQcmdTuples(r_)); }

 private:
  PGresult* r_;
};

class PostgresStore final : public Store {
 public:
  PostgresStore(PGconn* conn, std::string url) : conn_(conn), url_(std::move(url)) {}
  ~PostgresStore() override { PQfinish(conn_); }

  // Runs `sql` with text parameters (nullptr = NULL).
  PgResult Run(const char* sql, const std::vector<const char*>& params = {}) {
    return PgResult(PQexecParams(conn_, sql, int(params.size()), nullptr, params.data(), nullptr, nullptr, 0));
  }
  // Runs `sql` with parameters and results all in binary format, which for
  // text columns is the bytes themselves and for BYTEA skips hex escaping.
  PgResult RunBinary(const char* sql, const std::vector<std::optional<std::string_view>>& params) {
    std::vector<const char*> values;
    std::vector<int> lengths, formats(params.size(), 1);
    for (const auto& p : params) {
      values.push_back(p ? p->data() : nullptr);
      lengths.push_back(p ? int(p->size()) : 0);
    }
    return PgResult(
        PQexecParams(conn_, sql, int(params.size()), nullptr, values.data(), lengths.data(), formats.data(), 1));
  }
  Status Exec(const char* sql) {
    PgResult r(PQexec(conn_, sql));
    return r.ok() ? Status::Ok() : Error(r);
  }
  Status Error(const PgResult& r) { return Status::IOError(Redacted() + ": " + r.error()); }
  Status Rollback(Status s) {
    Exec("ROLLBACK");
    return s;
  }
  // The URL without its password, for messages.
  std::string Redacted() const {
    const auto at = url_.find('@');
    const auto scheme = url_.find("://");
    if (at == std::string::npos || scheme == std::string::npos) return url_;
    return url_.substr(0, scheme + 3) + "…" + url_.substr(at);
  }

  Status Migrate() {
    if (auto s = Exec("BEGIN"); !s.ok()) return s;
    if (auto s = Exec("SELECT pg_advisory_xact_lock(7346512)"); !s.ok()) return Rollback(s);
    if (auto s = Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); !s.ok())
      return Rollback(s);
    int version = 0;
    {
      PgResult r = Run("SELECT version FROM schema_version");
      if (!r.ok()) return Rollback(Error(r));
      if (r.rows()) version = std::stoi(r.Text(0, 0));
      else if (auto s = Exec("INSERT INTO schema_version VALUES (0)"); !s.ok()) return Rollback(s);
    }
    if (version > kSchemaVersion) {
      return Rollback(Status::Unsupported(Redacted() + ": archive schema version " + std::to_string(version) +
                                          " is newer than this newsgraph understands; upgrade newsgraph"));
    }
    for (int v = version; v < kSchemaVersion; ++v) {
      if (auto s = Exec(kMigrations[v]); !s.ok()) return Rollback(s);
    }
    const std::string set = "UPDATE schema_version SET version = " + std::to_string(kSchemaVersion);
    if (auto s = Exec(set.c_str()); !s.ok()) return Rollback(s);
    return Exec("COMMIT");
  }

  Result<int> AddArticles(const std::vector<Document>& docs) override {
    if (auto s = Exec("BEGIN"); !s.ok()) return s;
    int added = 0;
    for (const Document& d : docs) {
      const std::string hash = ContentHash(d.text);
      const std::string date = d.date ? d.date->ToString() : std::string();
      const std::string date_from = std::to_string(int(d.date_from));
      const std::string annotations = d.tokens.empty() ? std::string() : EncodeAnnotations(d);
      auto optional = [](bool present, std::string_view v) {
        return present ? std::optional<std::string_view>(v) : std::nullopt;
      };
      PgResult r = RunBinary(
          "INSERT INTO articles(id, content_hash, url, source, title, date, date_from, path, text, annotations) "
          "VALUES ($1,$2,$3,$4,$5,$6,$7::text::int,$8,$9,$10) ON CONFLICT DO NOTHING",
          {d.id, hash, d.url, d.source, d.title, optional(d.date.has_value(), date), date_from,
           optional(d.path.has_value(), d.path ? std::string_view(*d.path) : ""), d.text,
           optional(!annotations.empty(), annotations)});
      if (!r.ok()) return Rollback(Error(r));
      if (r.affected() == 0) continue;  // a duplicate: its quotes are indexed already
      ++added;
      for (const auto& [speaker, text] : QuotesToIndex(d)) {
        PgResult ins = Run("INSERT INTO quotes(document, speaker, text) VALUES ($1, $2, $3)",
                           {d.id.c_str(), speaker.c_str(), text.c_str()});
        if (!ins.ok()) return Rollback(Error(ins));
      }
    }
    if (auto s = Exec("COMMIT"); !s.ok()) return Rollback(s);
    return added;
  }

  Result<bool> HasId(const std::string& id) override { return Exists("SELECT 1 FROM articles WHERE id = $1", id); }

  Result<bool> HasText(std::string_view text) override {
    return Exists("SELECT 1 FROM articles WHERE content_hash = $1", ContentHash(text));
  }

  Result<std::vector<Document>> LoadArticles() override { return Load("ORDER BY seq", std::nullopt); }

  Result<std::optional<Document>> LoadArticle(const std::string& id) override {
    auto docs = Load("WHERE id = $1", id);
    if (!docs.ok()) return docs.status();
    if (docs->empty()) return std::optional<Document>();
    return std::optional<Document>(std::move(docs->front()));
  }

  // Articles matching `where` (which may use $1 = `param`), annotations attached.
  Result<std::vector<Document>> Load(const std::string& where, std::optional<std::string_view> param) {
    const std::string sql =
        "SELECT id, url, source, title, date, date_from::text, path, text, annotations FROM articles " + where;
    PgResult r = RunBinary(sql.c_str(), param ? std::vector{param} : std::vector<std::optional<std::string_view>>{});
    if (!r.ok()) return Error(r);
    std::vector<Document> docs(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
      Document& d = docs[i];
      d.id = r.Text(i, 0);
      d.url = r.Text(i, 1);
      d.source = r.Text(i, 2);
      d.title = r.Text(i, 3);
      if (!r.IsNull(i, 4)) d.date = ParseIsoDate(r.Text(i, 4));
      d.date_from = static_cast<DateSource>(std::stoi(r.Text(i, 5)));
      if (!r.IsNull(i, 6)) d.path = r.Text(i, 6);
      d.text = r.Text(i, 7);
      if (!r.IsNull(i, 8)) AttachAnnotations(r.View(i, 8), d);
    }
    return docs;
  }

  Result<int> CountArticles() override {
    PgResult r = Run("SELECT count(*) FROM articles");
    if (!r.ok()) return Error(r);
    return std::stoi(r.Text(0, 0));
  }

  Result<std::vector<std::string>> ArticleIds() override {
    PgResult r = Run("SELECT id FROM articles ORDER BY seq");
    if (!r.ok()) return Error(r);
    std::vector<std::string> ids;
    for (int row = 0; row < r.rows(); ++row) ids.push_back(r.Text(row, 0));
    return ids;
  }

  Status SaveReport(int article_count, const std::string& report_json) override {
    const std::string count = std::to_string(article_count);
    PgResult r = Run("INSERT INTO reports(article_count, json) VALUES ($1::int, $2)", {count.c_str(), report_json.c_str()});
    if (!r.ok()) return Error(r);
    // Keep only the snapshot LoadReport would pick, so the table stays small.
    PgResult prune = Run(
        "DELETE FROM reports WHERE seq <> (SELECT seq FROM reports ORDER BY article_count DESC, seq DESC LIMIT 1)");
    return prune.ok() ? Status::Ok() : Error(prune);
  }

  Result<std::string> LoadReport() override {
    PgResult r = Run("SELECT json FROM reports ORDER BY article_count DESC, seq DESC LIMIT 1");
    if (!r.ok()) return Error(r);
    return r.rows() ? r.Text(0, 0) : std::string();
  }

  Result<int> ReportArticleCount() override {
    PgResult r = Run("SELECT coalesce(max(article_count), 0) FROM reports");
    if (!r.ok()) return Error(r);
    return std::stoi(r.Text(0, 0));
  }

  Result<int64_t> ReportSequence() override {
    PgResult r = Run("SELECT coalesce(max(seq), 0) FROM reports");
    if (!r.ok()) return Error(r);
    return std::stoll(r.Text(0, 0));
  }

  Result<std::vector<SearchHit>> Search(const SearchQuery& query) override {
    // plainto_tsquery treats the user's text as words, never as query syntax.
    const std::string since = query.since ? query.since->ToString() : std::string();
    const std::string until = query.until ? query.until->ToString() : std::string();
    const std::string limit = std::to_string(query.limit);
    PgResult r = Run(
        "SELECT a.id, a.source, a.title, coalesce(a.date, ''), left(a.text, 160) FROM articles a "
        "WHERE ($1 = '' OR a.search @@ plainto_tsquery('english', $1) OR EXISTS (SELECT 1 FROM quotes q "
        "  WHERE q.document = a.id AND q.search @@ plainto_tsquery('english', $1))) "
        "AND ($2 = '' OR a.source = $2) AND ($3 = '' OR strpos(a.text, $3) > 0) "
        "AND ($4 = '' OR a.date >= $4) AND ($5 = '' OR a.date <= $5) ORDER BY a.seq LIMIT $6::int",
        {query.text.c_str(), query.source.c_str(), query.entity.c_str(), since.c_str(), until.c_str(), limit.c_str()});
    if (!r.ok()) return Error(r);
    std::vector<SearchHit> hits;
    for (int i = 0; i < r.rows(); ++i) {
      hits.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4)});
    }
    return hits;
  }

  int SchemaVersion() override {
    PgResult r = Run("SELECT version FROM schema_version");
    return r.ok() && r.rows() ? std::stoi(r.Text(0, 0)) : 0;
  }

 private:
  Result<bool> Exists(const char* sql, const std::string& value) {
    PgResult r = Run(sql, {value.c_str()});
    if (!r.ok()) return Error(r);
    return r.rows() > 0;
  }
  PGconn* conn_;
  std::string url_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = std::string("cannot connect to the PostgreSQL archive: ") + PQerrorMessage(conn) +
                          "check the --db URL and that the server is running";
    PQfinish(conn);
    return Status::IOError(message);
  }
  PQclear(PQexec(conn, "SET client_min_messages = warning"));
  auto store = std::make_unique<PostgresStore>(conn, url);
  if (auto s = store->Migrate(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace newsgraph::internal
