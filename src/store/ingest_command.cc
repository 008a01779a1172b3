#include "store/ingest_command.h"

#include <iostream>
#include <sstream>

#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "report/json_report.h"

namespace newsgraph {

Result<int> IngestDocuments(Store& store, const Pipeline& pipeline, std::vector<Document> docs) {
  auto added = store.AddArticles(docs);
  if (!added.ok()) return added.status();
  // Stories are recomputed over the whole archive so new articles join the
  // stories they belong to and claims compare across every outlet.
  auto archived = store.LoadArticles();
  if (!archived.ok()) return archived.status();
  const int count = int(archived->size());
  for (Document& d : *archived) pipeline.Annotate(d);
  const Report report = pipeline.Assemble(std::move(*archived), {});
  for (const Document& d : report.documents) {
    std::vector<std::pair<std::string, std::string>> quotes;
    for (const Quote& q : d.quotes) {
      quotes.emplace_back(q.speaker ? std::string(d.Slice(*q.speaker)) : std::string(),
                          std::string(d.Slice(q.span)));
    }
    if (auto s = store.IndexQuotes(d.id, quotes); !s.ok()) return s;
  }
  if (auto s = store.SaveReport(count, ToJson(report).dump()); !s.ok()) return s;
  return *added;
}

int RunIngestCommand(const IngestCommandOptions& options) {
  if (options.inputs.empty()) {
    std::cerr << "newsgraph ingest: no inputs; give files, directories or - for stdin\n";
    return 2;
  }
  IngestOptions ingest;
  if (!options.date.empty()) {
    ingest.default_date = ParseIsoDate(options.date);
    if (!ingest.default_date) {
      std::cerr << "newsgraph ingest: --date " << options.date << ": expected YYYY-MM-DD\n";
      return 2;
    }
  }
  auto pipeline = Pipeline::Create(PipelineOptions{options.model_dir});
  if (!pipeline.ok()) {
    std::cerr << "newsgraph ingest: " << pipeline.status().message() << "\n";
    return 1;
  }
  auto store = Store::Open(options.db);
  if (!store.ok()) {
    std::cerr << "newsgraph ingest: " << store.status().message() << "\n";
    return 1;
  }
  std::vector<Document> docs;
  int errors = 0;
  ReadInputs(
      options.inputs, ingest, [&](Document d) { docs.push_back(std::move(d)); },
      [&](InputError e) {
        ++errors;
        std::cerr << e.path << (e.line ? ":" + std::to_string(e.line) : "") << ": " << e.message << "\n";
      });
  const size_t read = docs.size();
  auto added = IngestDocuments(**store, *pipeline, std::move(docs));
  if (!added.ok()) {
    std::cerr << "newsgraph ingest: " << added.status().message() << "\n";
    return 1;
  }
  std::cout << "read " << read << " articles, " << *added << " new; archive " << options.db << "\n";
  return errors ? 1 : 0;
}

}  // namespace newsgraph
