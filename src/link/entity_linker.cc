#include "link/entity_linker.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/ner_gazetteer.h"

namespace newsgraph {
namespace {

// Case, hyphens, dots, runs of spaces and a leading courtesy title do not
// distinguish names: "Choe Son-hui" and "Choe Son Hui" share the key
// "choe son hui", "Mr. Rutte" and "Rutte" the key "rutte".
std::string NormalizedName(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '-' || c == '.' || c == ' ' || c == '\t' || c == '_') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(static_cast<char>(u < 128 ? std::tolower(u) : u));
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  // A courtesy title is not part of the name: "Mr. Rutte" is "Rutte".
  for (std::string_view title : {"mr ", "mrs ", "ms ", "dr "})
    if (key.starts_with(title)) return key.substr(title.size());
  return key;
}

std::string_view LastWord(std::string_view key) {
  const size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

// A country, whatever name or type it was given (DPRK tagged ORG, North
// Korea, Pyongyang as its government). A city carries the code of its
// country too, but is a place of its own: Kursk is not Russia.
bool IsCountry(const DocEntity& e) {
  if (e.country_code.empty() || (e.type != EntityType::kPlace && e.type != EntityType::kOrg)) return false;
  const ner::GazetteerEntry* entry = ner::Gazetteer::Builtin().Find(e.name);
  return entry != nullptr && entry->kind == ner::GazetteerKind::kCountry;
}

// A country's names share one key, its code, so the code wins over the
// surface name.
std::string LinkKey(const DocEntity& e, std::string_view normalized) {
  if (IsCountry(e)) return "C:" + e.country_code;
  return std::to_string(static_cast<int>(e.type)) + ":" + std::string(normalized);
}

void AddUnique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

struct Cluster {
  size_t first_doc = 0, first_entity = 0;  // first appearance, for ids
  Entity entity;
  // Indices of the documents mentioning it, possibly repeated; turned into
  // ids once at the end, because a common entity ("U.S.") is in thousands of
  // documents and searching a list of ids on every mention is quadratic.
  std::vector<size_t> document_indices;
};

}  // namespace

std::vector<Entity> LinkAcrossDocuments(std::vector<Document>& documents) {
  std::vector<Cluster> clusters;
  std::unordered_map<std::string, int> by_key;
  // Surname -> full-name PERSON cluster; -2 marks an ambiguous surname.
  std::unordered_map<std::string, int> by_surname;
  std::vector<std::vector<int>> assigned(documents.size());

  auto join = [&](size_t d, size_t i, int c) {
    const DocEntity& e = documents[d].entities[i];
    Entity& g = clusters[c].entity;
    if (d < clusters[c].first_doc || (d == clusters[c].first_doc && i < clusters[c].first_entity)) {
      clusters[c].first_doc = d;
      clusters[c].first_entity = i;
    }
    // The longest name is the most complete ("Mark Rutte" over "Rutte").
    if (e.name.size() > g.name.size()) {
      AddUnique(g.aliases, g.name);
      g.name = e.name;
    } else if (e.name != g.name) {
      AddUnique(g.aliases, e.name);
    }
    for (const auto& t : e.titles) AddUnique(g.titles, t);
    for (const auto& a : e.aliases) if (a != g.name) AddUnique(g.aliases, a);
    std::vector<size_t>& seen_in = clusters[c].document_indices;
    if (seen_in.empty() || seen_in.back() != d) seen_in.push_back(d);
    if (g.gender == Gender::kUnknown) g.gender = e.gender;
    if (g.country_code.empty()) g.country_code = e.country_code;
    if (!g.latitude && e.latitude) { g.latitude = e.latitude; g.longitude = e.longitude; }
    assigned[d][i] = c;
  };
  auto open = [&](size_t d, size_t i, const std::string& key) {
    const int c = static_cast<int>(clusters.size());
    clusters.push_back({d, i, {}, {}});
    clusters[c].entity.type = documents[d].entities[i].type;
    by_key.emplace(key, c);
    return c;
  };

  // Pass 1: every entity except a lone surname, keyed by normalized name
  // (or country code); aliases of places also key the cluster (DPRK).
  for (size_t d = 0; d < documents.size(); ++d) {
    assigned[d].assign(documents[d].entities.size(), -1);
    for (size_t i = 0; i < documents[d].entities.size(); ++i) {
      const DocEntity& e = documents[d].entities[i];
      const std::string normalized = NormalizedName(e.name);
      if (e.type == EntityType::kPerson && normalized.find(' ') == std::string::npos) continue;
      const std::string key = LinkKey(e, normalized);
      auto it = by_key.find(key);
      int c = it != by_key.end() ? it->second : -1;
      if (c < 0 && e.type == EntityType::kPlace) {
        for (const auto& alias : e.aliases) {
          auto a = by_key.find(std::to_string(static_cast<int>(e.type)) + ":" + NormalizedName(alias));
          if (a != by_key.end()) { c = a->second; break; }
        }
      }
      if (c < 0) c = open(d, i, key);
      join(d, i, c);
      if (e.type == EntityType::kPerson) {
        auto [s, inserted] = by_surname.emplace(std::string(LastWord(normalized)), c);
        if (!inserted && s->second != c) s->second = -2;
      }
    }
  }
  // Pass 2: a lone surname joins the one full name ending in it, if unique.
  for (size_t d = 0; d < documents.size(); ++d) {
    for (size_t i = 0; i < documents[d].entities.size(); ++i) {
      if (assigned[d][i] >= 0) continue;
      const DocEntity& e = documents[d].entities[i];
      const std::string normalized = NormalizedName(e.name);
      auto s = by_surname.find(normalized);
      int c = s != by_surname.end() && s->second >= 0 ? s->second : -1;
      if (c < 0) {
        const std::string key = LinkKey(e, normalized);
        auto it = by_key.find(key);
        c = it != by_key.end() ? it->second : open(d, i, key);
      }
      join(d, i, c);
    }
  }

  std::vector<int> order(clusters.size());
  for (size_t c = 0; c < order.size(); ++c) order[c] = static_cast<int>(c);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return std::tie(clusters[a].first_doc, clusters[a].first_entity) <
           std::tie(clusters[b].first_doc, clusters[b].first_entity);
  });
  std::vector<int> rank(clusters.size());
  std::vector<Entity> entities;
  entities.reserve(clusters.size());
  for (size_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = static_cast<int>(r);
    Cluster& cluster = clusters[order[r]];
    Entity& g = cluster.entity;
    g.id = "E" + std::to_string(r + 1);
    // Documents in report order, each once.
    std::vector<size_t>& indices = cluster.document_indices;
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    std::unordered_set<std::string_view> ids;  // two inputs may share an id
    for (size_t d : indices) {
      if (ids.insert(documents[d].id).second) g.documents.push_back(documents[d].id);
    }
    entities.push_back(std::move(g));
  }
  for (size_t d = 0; d < documents.size(); ++d)
    for (size_t i = 0; i < documents[d].entities.size(); ++i)
      documents[d].entities[i].global_id = entities[rank[assigned[d][i]]].id;
  return entities;
}

}  // namespace newsgraph
