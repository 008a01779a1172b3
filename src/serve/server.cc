#include "serve/server.h"

#include <mutex>
#include <shared_mutex>
#include <sstream>
#include <string>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/ascii.h"
#include "ingest/reader.h"
#include "report/json_report.h"
#include "serve/web_assets.h"
#include "store/ingest_command.h"

namespace newsgraph {
namespace {

using nlohmann::json;

void SendJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json");
}
void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, json{{"error", message}}.dump());
}

// The request body as the CLI reads a file: JSON Lines, HTML or plain text.
// A JSON array, or one object spread over several lines, is first rewritten
// as JSON Lines so clients can send what their JSON library writes. The
// batch is all or nothing: any unreadable article fails the request.
Result<std::vector<Document>> ArticlesFromBody(const std::string& body) {
  std::string lines;
  const json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_array()) {
    for (size_t i = 0; i < parsed.size(); ++i) {
      if (!parsed[i].is_object()) {
        return Status::InvalidArgument("item " + std::to_string(i + 1) + ": expected a JSON object with a \"text\" field");
      }
      lines += parsed[i].dump() + "\n";
    }
    if (lines.empty()) return Status::InvalidArgument("empty array; send at least one article");
  } else if (parsed.is_object()) {
    lines = parsed.dump();
  }
  const std::string_view bytes = parsed.is_discarded() ? std::string_view(body) : std::string_view(lines);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidArgument("empty body; send at least one article");
  }
  std::vector<Document> docs;
  std::string errors;
  // Named after the body, so articles without an id get ids no other request
  // shares ("http-<hash>-<line>").
  ReadBuffer(bytes, "http-" + ContentHash(bytes), IngestOptions{}, [&](Document d) { docs.push_back(std::move(d)); },
             [&](InputError e) { errors += (errors.empty() ? "" : "; ") + e.message; });
  if (!errors.empty()) return Status::InvalidArgument(errors);
  if (docs.empty()) return Status::InvalidArgument("no article in the body");
  return docs;
}

bool Contains(const json& array, const std::string& value) {
  for (const auto& v : array) if (v.is_string() && v.get_ref<const std::string&>() == value) return true;
  return false;
}

bool ContainsWords(const std::string& haystack, const std::string& needle) {
  return AsciiLower(haystack).find(AsciiLower(needle)) != std::string::npos;
}

}  // namespace

struct ApiServer::State {
  Store& store;
  const Pipeline& pipeline;
  ServeCommandOptions options;
  httplib::Server http;
  std::mutex store_mutex;         // one archive connection, one user at a time
  std::shared_mutex report_mutex; // the parsed report, replaced after each ingest
  json report;
  int64_t report_sequence = -1;   // of `report`; -1 before the first load

  State(Store& s, const Pipeline& p, const ServeCommandOptions& o) : store(s), pipeline(p), options(o) {}

  // Reloads the report when any process (this one or another ingest) has
  // saved a newer one since the last load.
  void RefreshReport() {
    std::string text;
    int64_t sequence;
    {
      std::lock_guard lock(store_mutex);
      auto seq = store.ReportSequence();
      if (!seq.ok()) return;  // keep serving the report we have
      {
        std::shared_lock read(report_mutex);
        if (*seq == report_sequence) return;
      }
      sequence = *seq;
      auto r = store.LoadReport();
      if (r.ok()) text = std::move(*r);
    }
    json parsed = text.empty() ? json::object() : json::parse(text, nullptr, false);
    if (parsed.is_discarded()) parsed = json::object();
    for (const char* key : {"entities", "stories"}) {
      if (!parsed.contains(key)) parsed[key] = json::array();
    }
    std::unique_lock lock(report_mutex);
    report = std::move(parsed);
    report_sequence = sequence;
  }

  // The object with "id" == id in report[collection], as JSON text. A story
  // also gets `entity_names` (entity id -> name of each of its entities), so
  // a page can show names without a request per entity.
  std::optional<std::string> Find(const char* collection, const std::string& id) {
    RefreshReport();
    std::shared_lock lock(report_mutex);
    for (const auto& item : report.at(collection)) {
      if (item.value("id", "") != id) continue;
      if (std::string_view(collection) != "stories") return item.dump();
      json story = item;
      std::unordered_set<std::string> ids;
      if (story.contains("entities")) {
        for (const auto& e : story.at("entities")) ids.insert(e.is_string() ? e.get<std::string>() : "");
      }
      json names = json::object();
      for (const auto& e : report.at("entities")) {
        const std::string entity_id = e.value("id", "");
        if (ids.count(entity_id)) names[entity_id] = e.value("name", "");
      }
      story["entity_names"] = std::move(names);
      return story.dump();
    }
    return std::nullopt;
  }

  // Ids of the entities whose name contains `name`; call with report_mutex held.
  json EntityIdsNamed(const std::string& name) const {
    json ids = json::array();
    for (const auto& e : report.at("entities")) {
      if (ContainsWords(e.value("name", ""), name)) ids.push_back(e.value("id", ""));
    }
    return ids;
  }

  void ListStories(const httplib::Request& req, httplib::Response& res) {
    std::optional<Date> since;
    if (req.has_param("since")) {
      since = ParseIsoDate(req.get_param_value("since"));
      if (!since) return SendError(res, 400, "since: expected YYYY-MM-DD");
    }
    const std::string entity = req.get_param_value("entity");
    const std::string q = req.get_param_value("q");
    RefreshReport();
    std::shared_lock lock(report_mutex);
    const json entity_ids = entity.empty() ? json::array() : EntityIdsNamed(entity);
    json stories = json::array();
    for (const auto& s : report.at("stories")) {
      const json& last = s.contains("last_date") ? s.at("last_date") : json();
      if (since && last.is_string() && last.get<std::string>() < since->ToString()) continue;
      if (!entity.empty()) {
        const json& ids = s.contains("entities") ? s.at("entities") : json::array();
        bool any = Contains(ids, entity);
        for (const auto& id : entity_ids) any |= Contains(ids, id.get<std::string>());
        if (!any) continue;
      }
      if (!q.empty() && !ContainsWords(s.value("headline", ""), q)) continue;
      json row;
      for (const char* key : {"id", "headline", "documents", "sources", "independent_sources", "first_date",
                              "last_date", "entities"}) {
        if (s.contains(key)) row[key] = s.at(key);
      }
      row["claim_count"] = s.contains("claims") ? s.at("claims").size() : 0;
      stories.push_back(std::move(row));
    }
    SendJson(res, 200, json{{"stories", stories}}.dump());
  }

  void PostArticles(const httplib::Request& req, httplib::Response& res) {
    auto docs = ArticlesFromBody(req.body);
    if (!docs.ok()) return SendError(res, 400, docs.status().message());
    const size_t read = docs->size();
    Result<int> added = 0;
    {
      std::lock_guard lock(store_mutex);
      added = ArchiveDocuments(store, pipeline, std::move(*docs));
      // Re-sent articles change nothing, not even the report.
      if (added.ok() && *added > 0) {
        if (auto s = RebuildReport(store, pipeline); !s.ok()) added = s;
      }
    }
    if (!added.ok()) return SendError(res, 500, added.status().message());
    RefreshReport();
    SendJson(res, 201, json{{"read", read}, {"added", *added}}.dump());
  }

  void SearchArticles(const httplib::Request& req, httplib::Response& res) {
    SearchQuery query;
    query.text = req.get_param_value("q");
    query.source = req.get_param_value("source");
    query.entity = req.get_param_value("entity");
    for (auto [name, out] : {std::pair{"since", &query.since}, {"until", &query.until}}) {
      if (!req.has_param(name)) continue;
      *out = ParseIsoDate(req.get_param_value(name));
      if (!*out) return SendError(res, 400, std::string(name) + ": expected YYYY-MM-DD");
    }
    Result<std::vector<SearchHit>> hits = std::vector<SearchHit>();
    {
      std::lock_guard lock(store_mutex);
      hits = store.Search(query);
    }
    if (!hits.ok()) return SendError(res, 500, hits.status().message());
    json rows = json::array();
    for (const SearchHit& h : *hits) {
      rows.push_back({{"document", h.document}, {"source", h.source}, {"title", h.title}, {"date", h.date},
                      {"snippet", h.snippet}});
    }
    SendJson(res, 200, json{{"results", rows}}.dump());
  }

  void Routes() {
    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(options.timeout_seconds, 0);
    http.set_write_timeout(options.timeout_seconds, 0);
    http.set_keep_alive_timeout(options.timeout_seconds);
    http.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(threads); };
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      SendError(res, 500, "internal error while handling the request");
    });
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (res.status == 413) return SendError(res, 413, "request body too large; send fewer articles per request");
      SendError(res, res.status, res.status == 404 ? "no such path; see GET /health" : "bad request");
    });

    http.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
      int count = 0;
      {
        std::lock_guard lock(store_mutex);
        auto n = store.CountArticles();
        if (!n.ok()) return SendError(res, 503, n.status().message());
        count = *n;
      }
      SendJson(res, 200, json{{"status", "ok"}, {"articles", count}}.dump());
    });
    http.Post("/articles", [this](const httplib::Request& req, httplib::Response& res) { PostArticles(req, res); });
    http.Get("/stories", [this](const httplib::Request& req, httplib::Response& res) { ListStories(req, res); });
    http.Get("/search", [this](const httplib::Request& req, httplib::Response& res) { SearchArticles(req, res); });
    http.Get(R"(/documents/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      Result<std::optional<Document>> doc = std::optional<Document>();
      {
        std::lock_guard lock(store_mutex);
        doc = store.LoadArticle(req.matches[1]);
      }
      if (!doc.ok()) return SendError(res, 500, doc.status().message());
      if (!*doc) return SendError(res, 404, "no document with id " + std::string(req.matches[1]));
      SendJson(res, 200, ToJson(**doc).dump());
    });
    for (auto [prefix, collection] : {std::pair{"/stories/", "stories"}, {"/entities/", "entities"}}) {
      http.Get(std::string(prefix) + R"(([^/]+))",
               [this, collection = collection](const httplib::Request& req, httplib::Response& res) {
                 auto found = Find(collection, req.matches[1]);
                 if (!found) return SendError(res, 404, std::string("no ") + collection + " with id " +
                                                            std::string(req.matches[1]));
                 SendJson(res, 200, *found);
               });
    }
    http.Get(R"(/([A-Za-z0-9_.-]*))", [](const httplib::Request& req, httplib::Response& res) {
      const std::string path = req.matches[1].length() ? "/" + std::string(req.matches[1]) : "/index.html";
      for (const WebAsset& asset : WebAssets()) {
        if (asset.path == path) {
          res.set_content(std::string(asset.body), std::string(asset.content_type));
          return;
        }
      }
      SendError(res, 404, "no such page: " + path);
    });
  }
};

ApiServer::ApiServer(Store& store, const Pipeline& pipeline, const ServeCommandOptions& options)
    : state_(std::make_unique<State>(store, pipeline, options)) {
  state_->Routes();
  state_->RefreshReport();
}

ApiServer::~ApiServer() = default;

httplib::Server& ApiServer::http() { return state_->http; }

}  // namespace newsgraph
