// `newsgraph ingest`: adds articles to an archive and brings its report
// (entities and stories over every article) up to date.
//
// Each article is annotated once, when it is first archived; its analysis is
// stored with it. Rebuilding the report then only links entities and groups
// stories over the stored analyses, so a new batch costs its own annotation
// plus a pass over the archive's annotations, never re-annotating the archive.
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
  size_t batch_size = 200;          // articles per transaction
};

// Exit code: 0 all inputs archived, 1 some inputs failed, 2 usage.
int RunIngestCommand(const IngestCommandOptions& options);

// Annotates the articles of `docs` the archive does not hold yet (on every
// core) and adds them in one transaction. Returns how many were new. An
// article with an id of its own is held when its id or its text is; one
// whose id was made from a file name only when its text is, and it takes
// the first free id of "name", "name~2", "name~3", ...
Result<int> ArchiveDocuments(Store& store, const Pipeline& pipeline, std::vector<Document> docs);

// Builds the report over every archived article from the stored analyses
// (annotating only articles stored without one) and saves it as the
// archive's report: {"article_count", "entities", "stories"}. Documents are
// left out; they are read one by one with Store::LoadArticle.
Status RebuildReport(Store& store, const Pipeline& pipeline);

}  // namespace newsgraph
