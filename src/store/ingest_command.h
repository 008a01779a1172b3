// `newsgraph ingest`: adds articles to an archive and rebuilds its report.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace newsgraph {

class Pipeline;

struct IngestCommandOptions {
  std::string db = "newsgraph.db";  // SQLite path or postgresql:// URL
  std::vector<std::string> inputs;  // files, directories, "-"
  std::string date;                 // YYYY-MM-DD for articles with none; empty: none
  std::string model_dir;            // empty: FindModelDir()
};

// Exit code: 0 all inputs archived, 1 some inputs failed, 2 usage.
int RunIngestCommand(const IngestCommandOptions& options);

// Adds `docs` to `store` in one transaction, then rebuilds the archive's report
// (stories, entities, claims over every article) and the quote index.
// Returns how many articles were new.
Result<int> IngestDocuments(Store& store, const Pipeline& pipeline, std::vector<Document> docs);

}  // namespace newsgraph
