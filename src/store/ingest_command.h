// `newsgraph ingest`: adds articles to an archive and brings its report
// (entities and stories over every article) up to date.
//
// Each article is annotated once, when it is first archived; its analysis is
// stored with it. New articles then join the saved report (RebuildReport):
// a batch costs its own annotation plus the stories it could join.
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
  bool rebuild = false;             // re-cluster and re-link the whole archive (ids may change)
};

// Exit code: 0 all inputs archived, 1 some inputs failed, 2 usage.
int RunIngestCommand(const IngestCommandOptions& options);

// Annotates the articles of `docs` the archive does not hold yet (on every
// core) and adds them in one transaction. Returns how many were new. An
// article with an id of its own is held when its id or its text is; one
// whose id was made from a file name only when its text is, and it takes
// the first free id of "name", "name~2", "name~3", ...
Result<int> ArchiveDocuments(Store& store, const Pipeline& pipeline, std::vector<Document> docs);

// Brings the archive's report ({"article_count", "entities", "stories"};
// documents are read one by one with Store::LoadArticle) up to date with
// every archived article. The articles the saved report lacks link to its
// entities and join the stories they could still join, which alone are
// rebuilt, so the work follows the new articles and the recent stories, not
// the archive, and every entity and story keeps its id. With `everything`,
// or when there is no saved report, every article is clustered and linked
// afresh as `analyze` does (ids may then change).
Status RebuildReport(Store& store, const Pipeline& pipeline, bool everything = false);

}  // namespace newsgraph
