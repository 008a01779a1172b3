// The archive: every article ever ingested, plus the latest report built over
// them, in SQLite (a file path) or PostgreSQL (a postgresql:// URL).
//
// Guarantees, for both backends:
// - AddArticles is one transaction: a process killed in the middle leaves the
//   archive as it was before the call; running it again completes it.
// - Re-adding an article with the same id or the same content hash changes
//   nothing.
// - Several processes may write the same archive at once (SQLite: WAL mode and
//   a busy timeout; PostgreSQL: its own locking).
// - The schema is versioned (table schema_version) and migrated on Open.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/status.h"

namespace newsgraph {

struct SearchQuery {
  std::string text;                 // words to match in title, text and quotes
  std::string source;               // outlet, exact; empty: any
  std::string entity;               // entity name that must appear in the article; empty: any
  std::optional<Date> since, until; // publication date range, inclusive
  int limit = 50;
};

struct SearchHit {
  std::string document;  // article id
  std::string source;
  std::string title;
  std::string date;      // "YYYY-MM-DD" or empty
  std::string snippet;   // a few words around the match
};

class Store {
 public:
  virtual ~Store() = default;

  // `location`: "postgresql://..." or "postgres://..." for PostgreSQL,
  // anything else is a SQLite file path (created when missing).
  static Result<std::unique_ptr<Store>> Open(const std::string& location);

  // Adds the articles in one transaction: metadata, text and, for articles
  // already annotated (non-empty tokens), their annotations and quotes for
  // search. Returns how many were new; duplicates (same id or same text hash)
  // are skipped.
  virtual Result<int> AddArticles(const std::vector<Document>& docs) = 0;
  // Whether an article with this id is archived, whatever its text.
  virtual Result<bool> HasId(const std::string& id) = 0;
  // Whether an article with this text is archived, whatever its id.
  virtual Result<bool> HasText(std::string_view text) = 0;
  // Whether the article is archived already: the same id or the same text.
  Result<bool> IsArchived(const Document& doc);

  // Every archived article, in ingest order, with its stored annotations
  // (articles archived without them, or by another version, have empty tokens).
  virtual Result<std::vector<Document>> LoadArticles() = 0;
  // One article with its annotations; nullopt when the id is unknown.
  virtual Result<std::optional<Document>> LoadArticle(const std::string& id) = 0;
  virtual Result<int> CountArticles() = 0;
  // The ids of every archived article, in ingest order: what a report lacks
  // is found without loading any article.
  virtual Result<std::vector<std::string>> ArticleIds() = 0;

  // The report (JSON text) built over the archive, with the number of articles
  // it covered; the snapshot covering the most articles wins, so a slow
  // process saving an older snapshot late cannot hide a newer one.
  virtual Status SaveReport(int article_count, const std::string& report_json) = 0;
  virtual Result<std::string> LoadReport() = 0;  // "" when none yet
  // How many articles the saved report covers; 0 when none yet. Fewer than
  // CountArticles() after an ingest was killed between its batches and its
  // report, which the next ingest then rebuilds.
  virtual Result<int> ReportArticleCount() = 0;
  // Grows each time any process saves a report; 0 when none yet. Cheap, so
  // readers can poll it to notice other processes' ingests.
  virtual Result<int64_t> ReportSequence() = 0;

  // Full-text search over article titles and text, and over quotes.
  virtual Result<std::vector<SearchHit>> Search(const SearchQuery& query) = 0;

  virtual int SchemaVersion() = 0;
};

// A stable hash of the article text (hex), used to skip reprints of the same
// ingest. FNV-1a 64: fast, and collisions only cost a skipped duplicate check.
std::string ContentHash(std::string_view text);

}  // namespace newsgraph
