#include "store/ingest_command.h"

#include <algorithm>
#include <iostream>
#include <limits>
#include <optional>
#include <unordered_set>

#include "core/parallel.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"
#include "link/entity_linker.h"
#include "report/json_report.h"
#include "story/stories.h"

namespace newsgraph {
namespace {

// Annotation dominates ingest time and Pipeline::Annotate is thread-safe.
void AnnotateInParallel(const Pipeline& pipeline, const std::vector<Document*>& docs) {
  ParallelFor(docs.size(), CoreCount(), [&](size_t i) { pipeline.Annotate(*docs[i]); });
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

namespace {

// Stored analyses of articles archived by an older version are empty.
void AnnotateUnanalyzed(const Pipeline& pipeline, std::vector<Document>& docs) {
  std::vector<Document*> pending;
  for (Document& d : docs)
    if (d.tokens.empty() && !d.text.empty()) pending.push_back(&d);
  AnnotateInParallel(pipeline, pending);
}

Result<std::vector<Document>> LoadEach(Store& store, const std::vector<std::string>& ids) {
  std::vector<Document> docs;
  docs.reserve(ids.size());
  for (const std::string& id : ids) {
    auto doc = store.LoadArticle(id);
    if (!doc.ok()) return doc.status();
    if (*doc) docs.push_back(std::move(**doc));
  }
  return docs;
}

std::optional<EntityType> EntityTypeNamed(std::string_view name) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace, EntityType::kGroup, EntityType::kMisc})
    if (ToString(t) == name) return t;
  return std::nullopt;
}

// An entity as ToJson wrote it; nullopt when the report is not one this
// version wrote.
std::optional<Entity> EntityFromJson(const Json& j) {
  if (!j.is_object() || !j.value("id", Json()).is_string() || !j.value("name", Json()).is_string()) return std::nullopt;
  const auto type = EntityTypeNamed(j.value("type", ""));
  if (!type) return std::nullopt;
  Entity e;
  e.id = j["id"].get<std::string>();
  e.name = j["name"].get<std::string>();
  e.type = *type;
  const std::pair<const char*, std::vector<std::string>*> lists[] = {
      {"titles", &e.titles}, {"aliases", &e.aliases}, {"documents", &e.documents}};
  for (const auto& [key, into] : lists) {
    const Json& list = j.value(key, Json::array());
    if (!list.is_array()) return std::nullopt;
    for (const Json& item : list)
      if (item.is_string()) into->push_back(item.get<std::string>());
  }
  const std::string gender = j.value("gender", "");
  e.gender = gender == "female" ? Gender::kFemale : gender == "male" ? Gender::kMale : Gender::kUnknown;
  if (j.value("country_code", Json()).is_string()) e.country_code = j["country_code"].get<std::string>();
  if (j.value("latitude", Json()).is_number()) e.latitude = j["latitude"].get<double>();
  if (j.value("longitude", Json()).is_number()) e.longitude = j["longitude"].get<double>();
  return e;
}

int Day(const Json& date) {
  const auto parsed = date.is_string() ? ParseIsoDate(date.get<std::string>()) : std::nullopt;
  return parsed ? parsed->ToDays() : std::numeric_limits<int>::min();
}

// The saved report brought up to date with the articles it lacks: they link
// to the entities it has and join the stories they could still join (those
// whose dates come within two date windows of theirs, the most recent
// kMaxReopened at most), which are rebuilt; every other story is kept as
// saved, and every entity and story keeps its id. Returns false, changing
// nothing, when there is no saved report this version can read.
constexpr size_t kMaxReopened = 2000;

Result<bool> UpdateReport(Store& store, const Pipeline& pipeline) {
  auto saved_text = store.LoadReport();
  if (!saved_text.ok()) return saved_text.status();
  if (saved_text->empty()) return false;
  Json saved = Json::parse(*saved_text, nullptr, /*allow_exceptions=*/false);
  if (saved.is_discarded() || !saved.value("stories", Json()).is_array() || !saved.value("entities", Json()).is_array())
    return false;
  std::vector<Entity> entities;
  for (const Json& j : saved["entities"]) {
    auto e = EntityFromJson(j);
    if (!e || e->id != "E" + std::to_string(entities.size() + 1)) return false;
    entities.push_back(std::move(*e));
  }
  Json& stories = saved["stories"];
  std::unordered_set<std::string> covered;
  for (size_t k = 0; k < stories.size(); ++k) {
    if (stories[k].value("id", "") != "S" + std::to_string(k + 1) || !stories[k].value("documents", Json()).is_array())
      return false;
    for (const Json& d : stories[k]["documents"])
      if (d.is_string()) covered.insert(d.get<std::string>());
  }

  auto ids = store.ArticleIds();
  if (!ids.ok()) return ids.status();
  std::vector<std::string> added_ids;
  for (const std::string& id : *ids)
    if (!covered.count(id)) added_ids.push_back(id);
  auto added = LoadEach(store, added_ids);
  if (!added.ok()) return added.status();
  AnnotateUnanalyzed(pipeline, *added);

  const int reach = 2 * StoryClusterer::Options{}.date_window_days;
  int first_day = std::numeric_limits<int>::max(), last_day = std::numeric_limits<int>::min();
  for (const Document& d : *added)
    if (d.date) first_day = std::min(first_day, d.date->ToDays()), last_day = std::max(last_day, d.date->ToDays());
  std::vector<std::string> archived_ids;
  std::vector<int> archived_story;
  size_t reopened = 0;
  for (size_t k = stories.size(); k-- > 0 && reopened < kMaxReopened && !added->empty();) {
    const Json& story = stories[k];
    const int story_first = Day(story.value("first_date", Json())), story_last = Day(story.value("last_date", Json()));
    const bool undated_news = first_day > last_day;
    if (!undated_news && (story_last == std::numeric_limits<int>::min() || story_last < first_day - reach ||
                          story_first > last_day + reach))
      continue;
    ++reopened;
    for (const Json& d : story["documents"]) {
      archived_ids.push_back(d.get<std::string>());
      archived_story.push_back(static_cast<int>(k));
    }
  }
  auto archived = LoadEach(store, archived_ids);
  if (!archived.ok()) return archived.status();
  if (archived->size() != archived_ids.size()) return false;  // an article went missing: start over
  AnnotateUnanalyzed(pipeline, *archived);

  EntityLinker linker;
  linker.Seed(std::move(entities));
  linker.Link(*archived);
  linker.Link(*added);
  const std::vector<Story> changed =
      UpdateStories(*archived, archived_story, *added, stories.size(), linker.entities(), CoreCount());
  for (const Story& story : changed) {
    const size_t number = std::stoul(story.id.substr(1)) - 1;
    if (number < stories.size()) stories[number] = ToJson(story);
    else stories.push_back(ToJson(story));
  }
  Json& all_entities = saved["entities"] = Json::array();
  for (const Entity& e : linker.Finish()) all_entities.push_back(ToJson(e));
  const int count = static_cast<int>(covered.size() + added->size());
  saved["article_count"] = count;
  if (Status s = store.SaveReport(count, saved.dump()); !s.ok()) return s;
  return true;
}

}  // namespace

Status RebuildReport(Store& store, const Pipeline& pipeline, bool everything) {
  if (!everything) {
    auto updated = UpdateReport(store, pipeline);
    if (!updated.ok()) return updated.status();
    if (*updated) return Status::Ok();
  }
  auto archived = store.LoadArticles();
  if (!archived.ok()) return archived.status();
  AnnotateUnanalyzed(pipeline, *archived);
  const int count = int(archived->size());
  const Report report = pipeline.Assemble(std::move(*archived), {}, nullptr, CoreCount());
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
  if (failed.ok() && (options.rebuild || added > 0 || *covered != *total))
    failed = RebuildReport(**store, *pipeline, options.rebuild);
  // Another ingest may have saved its report over ours meanwhile, without
  // our articles; the update adds whatever the saved report still lacks.
  for (int round = 0; failed.ok() && round < 3; ++round) {
    covered = (**store).ReportArticleCount();
    total = (**store).CountArticles();
    if (!covered.ok() || !total.ok()) failed = !covered.ok() ? covered.status() : total.status();
    else if (*covered >= *total) break;
    else failed = RebuildReport(**store, *pipeline);
  }
  if (!failed.ok()) {
    std::cerr << "newsgraph ingest: " << failed.message() << "\n";
    return 1;
  }
  std::cout << "read " << read << " articles, " << added << " new; archive " << options.db << " holds "
            << *total << "\n";
  return errors ? 1 : 0;
}

}  // namespace newsgraph
