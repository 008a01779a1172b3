#include "store/ingest_command.h"

#include <algorithm>
#include <iostream>
#include <thread>
#include <unordered_set>

#include "core/parallel.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "report/json_report.h"

namespace newsgraph {
namespace {

int Cores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// Annotation dominates ingest time and Pipeline::Annotate is thread-safe.
void AnnotateInParallel(const Pipeline& pipeline, const std::vector<Document*>& docs) {
  ParallelFor(docs.size(), Cores(), [&](size_t i) { pipeline.Annotate(*docs[i]); });
}

// An id made from a file name says nothing about the article: another
// folder's "report.txt" is a different article, archived as "report~2".
Result<std::string> FreeId(Store& store, const std::string& derived,
                           const std::unordered_set<std::string>& batch_ids) {
  std::string id = derived;
  for (int n = 2;; ++n) {
    auto taken = store.HasId(id);
    if (!taken.ok()) return taken.status();
    if (!*taken && !batch_ids.count(id)) return id;
    id = derived + "~" + std::to_string(n);
  }
}

}  // namespace

Result<int> ArchiveDocuments(Store& store, const Pipeline& pipeline, std::vector<Document> docs) {
  std::vector<Document> fresh;
  std::unordered_set<std::string> batch_ids;
  for (Document& d : docs) {
    auto archived = d.derived_id ? store.HasText(d.text) : store.IsArchived(d);
    if (!archived.ok()) return archived.status();
    if (*archived) continue;
    if (d.derived_id) {
      auto id = FreeId(store, d.id, batch_ids);
      if (!id.ok()) return id.status();
      d.id = std::move(id).value();
    }
    batch_ids.insert(d.id);
    fresh.push_back(std::move(d));
  }
  std::vector<Document*> pending;
  for (Document& d : fresh) pending.push_back(&d);
  AnnotateInParallel(pipeline, pending);
  // Another process may archive the same article meanwhile; AddArticles
  // skips it then, so the count stays right.
  return store.AddArticles(fresh);
}

Status RebuildReport(Store& store, const Pipeline& pipeline) {
  auto archived = store.LoadArticles();
  if (!archived.ok()) return archived.status();
  std::vector<Document*> pending;
  for (Document& d : *archived) {
    if (d.tokens.empty() && !d.text.empty()) pending.push_back(&d);
  }
  AnnotateInParallel(pipeline, pending);
  const int count = int(archived->size());
  const Report report = pipeline.Assemble(std::move(*archived), {}, nullptr, Cores());
  Json json = {{"article_count", count}, {"entities", Json::array()}, {"stories", Json::array()}};
  for (const Entity& e : report.entities) json["entities"].push_back(ToJson(e));
  for (const Story& s : report.stories) json["stories"].push_back(ToJson(s));
  return store.SaveReport(count, json.dump());
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
  // Batches keep memory bounded on large inputs, and each is one
  // transaction: a killed ingest keeps every finished batch.
  std::vector<Document> batch;
  Status failed = Status::Ok();
  size_t read = 0;
  int added = 0, errors = 0;
  auto flush = [&] {
    if (batch.empty() || !failed.ok()) return;
    auto n = ArchiveDocuments(**store, *pipeline, std::move(batch));
    batch.clear();
    if (n.ok()) added += *n; else failed = n.status();
  };
  ReadInputs(
      options.inputs, ingest,
      [&](Document d) {
        ++read;
        batch.push_back(std::move(d));
        if (batch.size() >= std::max<size_t>(1, options.batch_size)) flush();
      },
      [&](InputError e) {
        ++errors;
        std::cerr << e.path << (e.line ? ":" + std::to_string(e.line) : "") << ": " << e.message << "\n";
      });
  flush();
  // Also rebuild when nothing was new but the report lags the articles: an
  // earlier ingest was killed after archiving its batches.
  auto covered = (**store).ReportArticleCount();
  auto total = (**store).CountArticles();
  if (failed.ok() && !covered.ok()) failed = covered.status();
  if (failed.ok() && !total.ok()) failed = total.status();
  if (failed.ok() && (added > 0 || *covered != *total)) failed = RebuildReport(**store, *pipeline);
  if (!failed.ok()) {
    std::cerr << "newsgraph ingest: " << failed.message() << "\n";
    return 1;
  }
  std::cout << "read " << read << " articles, " << added << " new; archive " << options.db << " holds "
            << *total << "\n";
  return errors ? 1 : 0;
}

}  // namespace newsgraph
