// SQLite backend: WAL mode so readers never block the writer, busy_timeout so
// two ingests on one file wait for each other instead of failing, FTS5 for
// search.
#include <sqlite3.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "store/annotation_codec.h"
#include "store/internal_stores.h"

namespace newsgraph::internal {
namespace {

// Ordered migrations: step i brings the schema from version i to i + 1.
constexpr const char* kMigrations[] = {
    R"(CREATE TABLE articles (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         id TEXT NOT NULL UNIQUE,
         content_hash TEXT NOT NULL UNIQUE,
         url TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL,
         date TEXT, date_from INTEGER NOT NULL, path TEXT, text TEXT NOT NULL);
       CREATE INDEX articles_source ON articles(source);
       CREATE INDEX articles_date ON articles(date);
       CREATE TABLE reports (seq INTEGER PRIMARY KEY AUTOINCREMENT,
         article_count INTEGER NOT NULL, json TEXT NOT NULL);
       CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='seq');
       CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
         INSERT INTO article_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
       END;)",
    R"(CREATE TABLE quotes (document TEXT NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL);
       CREATE INDEX quotes_document ON quotes(document);
       CREATE VIRTUAL TABLE quote_fts USING fts5(speaker, text, document UNINDEXED);)",
    // Each article's analysis, so later ingests do not annotate it again.
    "ALTER TABLE articles ADD COLUMN annotations BLOB;",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool valid() const { return stmt_ != nullptr; }
  void Bind(int i, std::string_view s) { sqlite3_bind_text(stmt_, i, s.data(), int(s.size()), SQLITE_TRANSIENT); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void BindBlob(int i, std::string_view b) { sqlite3_bind_blob(stmt_, i, b.data(), int(b.size()), SQLITE_TRANSIENT); }
  int Step() { return sqlite3_step(stmt_); }
  void Reset() { sqlite3_reset(stmt_); sqlite3_clear_bindings(stmt_); }
  std::string Text(int col) {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string();
  }
  std::string_view Blob(int col) {
    const void* p = sqlite3_column_blob(stmt_, col);
    return p ? std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }
  bool IsNull(int col) { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override { sqlite3_close(db_); }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = path_ + ": " + (err ? err : "unknown SQLite error");
      sqlite3_free(err);
      return Status::IOError(message);
    }
    return Status::Ok();
  }
  Status Error(const char* what) { return Status::IOError(path_ + ": " + what + ": " + sqlite3_errmsg(db_)); }

  Status Migrate() {
    // BEGIN IMMEDIATE takes the write lock first, so two processes opening a
    // new file cannot both run the same migration.
    if (auto s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    if (auto s = Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); !s.ok()) return Rollback(s);
    int version = 0;
    {
      Statement q(db_, "SELECT version FROM schema_version");
      if (q.Step() == SQLITE_ROW) version = int(q.Int(0));
      else if (auto s = Exec("INSERT INTO schema_version VALUES (0)"); !s.ok()) return Rollback(s);
    }
    if (version > kSchemaVersion) {
      return Rollback(Status::Unsupported(path_ + ": archive schema version " + std::to_string(version) +
                                          " is newer than this newsgraph understands; upgrade newsgraph"));
    }
    for (int v = version; v < kSchemaVersion; ++v) {
      if (auto s = Exec(kMigrations[v]); !s.ok()) return Rollback(s);
    }
    const std::string set = "UPDATE schema_version SET version = " + std::to_string(kSchemaVersion);
    if (auto s = Exec(set.c_str()); !s.ok()) return Rollback(s);
    return Exec("COMMIT");
  }
  Status Rollback(Status s) {
    Exec("ROLLBACK");
    return s;
  }

  Result<int> AddArticles(const std::vector<Document>& docs) override {
    if (auto s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    Statement insert(db_,
                     "INSERT INTO articles(id, content_hash, url, source, title, date, date_from, path, text, "
                     "annotations) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING");
    Statement quote(db_, "INSERT INTO quote_fts(speaker, text, document) VALUES (?,?,?)");
    if (!insert.valid() || !quote.valid()) return Rollback(Error("preparing insert"));
    int added = 0;
    for (const Document& d : docs) {
      insert.Bind(1, d.id);
      insert.Bind(2, ContentHash(d.text));
      insert.Bind(3, d.url);
      insert.Bind(4, d.source);
      insert.Bind(5, d.title);
      if (d.date) insert.Bind(6, d.date->ToString()); else insert.BindNull(6);
      insert.Bind(7, int64_t(d.date_from));
      if (d.path) insert.Bind(8, *d.path); else insert.BindNull(8);
      insert.Bind(9, d.text);
      if (!d.tokens.empty()) insert.BindBlob(10, EncodeAnnotations(d)); else insert.BindNull(10);
      if (insert.Step() != SQLITE_DONE) return Rollback(Error("adding an article"));
      insert.Reset();
      if (sqlite3_changes(db_) == 0) continue;  // a duplicate: its quotes are indexed already
      ++added;
      for (const auto& [speaker, text] : QuotesToIndex(d)) {
        quote.Bind(1, speaker);
        quote.Bind(2, text);
        quote.Bind(3, d.id);
        if (quote.Step() != SQLITE_DONE) return Rollback(Error("indexing a quote"));
        quote.Reset();
      }
    }
    if (auto s = Exec("COMMIT"); !s.ok()) return Rollback(s);
    return added;
  }

  Result<bool> HasId(const std::string& id) override { return Exists("SELECT 1 FROM articles WHERE id = ?", id); }

  Result<bool> HasText(std::string_view text) override {
    return Exists("SELECT 1 FROM articles WHERE content_hash = ?", ContentHash(text));
  }

  Result<std::vector<Document>> LoadArticles() override { return Load("ORDER BY seq", ""); }

  Result<std::optional<Document>> LoadArticle(const std::string& id) override {
    auto docs = Load("WHERE id = ?1", id);
    if (!docs.ok()) return docs.status();
    if (docs->empty()) return std::optional<Document>();
    return std::optional<Document>(std::move(docs->front()));
  }

  // Articles matching `where` (which may use ?1 = `param`), annotations attached.
  Result<std::vector<Document>> Load(const std::string& where, const std::string& param) {
    const std::string sql =
        "SELECT id, url, source, title, date, date_from, path, text, annotations FROM articles " + where;
    Statement q(db_, sql.c_str());
    if (!param.empty()) q.Bind(1, param);
    std::vector<Document> docs;
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) {
      Document d;
      d.id = q.Text(0);
      d.url = q.Text(1);
      d.source = q.Text(2);
      d.title = q.Text(3);
      if (!q.IsNull(4)) d.date = ParseIsoDate(q.Text(4));
      d.date_from = static_cast<DateSource>(q.Int(5));
      if (!q.IsNull(6)) d.path = q.Text(6);
      d.text = q.Text(7);
      AttachAnnotations(q.Blob(8), d);
      docs.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return Error("reading articles");
    return docs;
  }

  Result<int> CountArticles() override {
    Statement q(db_, "SELECT count(*) FROM articles");
    if (q.Step() != SQLITE_ROW) return Error("counting articles");
    return int(q.Int(0));
  }

  Result<std::vector<std::string>> ArticleIds() override {
    Statement q(db_, "SELECT id FROM articles ORDER BY seq");
    std::vector<std::string> ids;
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) ids.push_back(q.Text(0));
    if (rc != SQLITE_DONE) return Error("listing articles");
    return ids;
  }

  Status SaveReport(int article_count, const std::string& report_json) override {
    Statement q(db_, "INSERT INTO reports(article_count, json) VALUES (?, ?)");
    q.Bind(1, int64_t(article_count));
    q.Bind(2, report_json);
    if (q.Step() != SQLITE_DONE) return Error("saving the report");
    // Keep only the snapshot LoadReport would pick, so the table stays small.
    return Exec("DELETE FROM reports WHERE seq <> (SELECT seq FROM reports ORDER BY article_count DESC, seq DESC LIMIT 1)");
  }

  Result<std::string> LoadReport() override {
    Statement q(db_, "SELECT json FROM reports ORDER BY article_count DESC, seq DESC LIMIT 1");
    const int rc = q.Step();
    if (rc == SQLITE_ROW) return q.Text(0);
    if (rc == SQLITE_DONE) return std::string();
    return Error("reading the report");
  }

  Result<int> ReportArticleCount() override {
    Statement q(db_, "SELECT coalesce(max(article_count), 0) FROM reports");
    if (q.Step() != SQLITE_ROW) return Error("reading the report");
    return int(q.Int(0));
  }

  Result<int64_t> ReportSequence() override {
    Statement q(db_, "SELECT coalesce(max(seq), 0) FROM reports");
    if (q.Step() != SQLITE_ROW) return Error("reading the report sequence");
    return q.Int(0);
  }

  Result<std::vector<SearchHit>> Search(const SearchQuery& query) override {
    // Each word becomes a quoted FTS5 term, so user text is never parsed as
    // FTS5 syntax (no injection, no syntax errors from punctuation).
    std::string match;
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      if (!match.empty()) match += ' ';
      match += '"' + word + '"';
      word.clear();
    };
    for (char c : query.text) {
      if (c == '"' || c == ' ' || c == '\t' || c == '\n') flush();
      else word += c;
    }
    flush();
    std::string sql =
        "SELECT a.id, a.source, a.title, coalesce(a.date, ''), s.snip FROM articles a JOIN ("
        " SELECT rowid AS seq, snippet(article_fts, 1, '', '', '…', 12) AS snip, rank FROM article_fts WHERE article_fts MATCH ?1"
        " UNION ALL SELECT a2.seq, q.text, 0 FROM quote_fts q JOIN articles a2 ON a2.id = q.document WHERE quote_fts MATCH ?1"
        ") s ON s.seq = a.seq WHERE (?2 = '' OR a.source = ?2) AND (?3 = '' OR a.text LIKE '%' || ?3 || '%')"
        " AND (?4 = '' OR a.date >= ?4) AND (?5 = '' OR a.date <= ?5) ORDER BY s.rank LIMIT ?6";
    if (match.empty()) {
      sql = "SELECT a.id, a.source, a.title, coalesce(a.date, ''), substr(a.text, 1, 160) FROM articles a"
            " WHERE ?1 = '' AND (?2 = '' OR a.source = ?2) AND (?3 = '' OR a.text LIKE '%' || ?3 || '%')"
            " AND (?4 = '' OR a.date >= ?4) AND (?5 = '' OR a.date <= ?5) ORDER BY a.seq LIMIT ?6";
    }
    Statement q(db_, sql.c_str());
    if (!q.valid()) return Error("preparing search");
    q.Bind(1, match);
    q.Bind(2, query.source);
    q.Bind(3, query.entity);
    q.Bind(4, query.since ? query.since->ToString() : std::string());
    q.Bind(5, query.until ? query.until->ToString() : std::string());
    q.Bind(6, int64_t(query.limit));
    std::vector<SearchHit> hits;
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) {
      const std::string id = q.Text(0);
      // A document matched by both its text and a quote is listed once.
      bool seen = false;
      for (const SearchHit& h : hits) seen |= h.document == id;
      if (!seen) hits.push_back({id, q.Text(1), q.Text(2), q.Text(3), q.Text(4)});
    }
    if (rc != SQLITE_DONE) return Error("searching");
    return hits;
  }

  int SchemaVersion() override {
    Statement q(db_, "SELECT version FROM schema_version");
    return q.Step() == SQLITE_ROW ? int(q.Int(0)) : 0;
  }

 private:
  Result<bool> Exists(const char* sql, const std::string& value) {
    Statement q(db_, sql);
    q.Bind(1, value);
    const int rc = q.Step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("looking up an article");
    return rc == SQLITE_ROW;
  }
  sqlite3* db_;
  std::string path_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string message = path + ": cannot open the archive: " + (db ? sqlite3_errmsg(db) : "out of memory") +
                          "; check the path and its permissions";
    sqlite3_close(db);
    return Status::IOError(message);
  }
  sqlite3_busy_timeout(db, 30000);
  auto store = std::make_unique<SqliteStore>(db, path);
  // Switching a new file to WAL needs an exclusive lock and does not wait on
  // the busy handler, so a second process opening the same new file retries.
  for (int attempt = 0;; ++attempt) {
    auto s = store->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    if (s.ok()) break;
    const int code = sqlite3_errcode(db);
    if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || attempt == 1500) return s;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (auto s = store->Migrate(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace newsgraph::internal
