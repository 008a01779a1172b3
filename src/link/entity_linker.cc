#include "link/entity_linker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/ascii.h"
#include "extract/ner_gazetteer.h"
#include "extract/ner_lexicon.h"

namespace newsgraph {
namespace {

// Case, hyphens, dots, runs of spaces and a leading courtesy title do not
// distinguish names: "Choe Son-hui" and "Choe Son Hui" share the key
// "choe son hui", "Mr. Rutte" and "Rutte" the key "rutte".
std::string NormalizedName(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    if (c == '-' || c == '.' || c == ' ' || c == '\t' || c == '_') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(AsciiLower(c));
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  // A courtesy title is not part of the name: "Mr. Rutte" is "Rutte".
  for (std::string_view title : {"mr ", "mrs ", "ms ", "dr "})
    if (key.starts_with(title)) return key.substr(title.size());
  return key;
}

// An organisation's name with the common noun a writer put after it
// ("Civil Protection agency" is "Civil Protection"): trailing words in
// lower case, as long as a name is left.
std::string_view WithoutCommonNounTail(std::string_view name) {
  for (size_t space; (space = name.rfind(' ')) != std::string_view::npos;) {
    const auto c = static_cast<unsigned char>(name[space + 1]);
    if (!std::islower(c)) break;
    name = name.substr(0, space);
  }
  return name;
}

bool BetterName(std::string_view candidate, std::string_view current, EntityType type) {
  if (current.empty()) return true;
  if (type != EntityType::kOrg) return candidate.size() > current.size();
  const size_t a = WithoutCommonNounTail(candidate).size(), b = WithoutCommonNounTail(current).size();
  return a != b ? a > b : candidate.size() < current.size();
}

// The normalized name an entity is keyed under.
std::string KeyName(const DocEntity& e) {
  return NormalizedName(e.type == EntityType::kOrg ? WithoutCommonNounTail(e.name) : std::string_view(e.name));
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

// Organisations, places, groups and other names share one key space: the
// tagger calls one name an organisation in one article and a place or
// something else in the next ("Yuganskneftegas", "Yukos"), and it is one
// thing. People keep their own: a person's surname is no company's name.
std::string NameKey(EntityType type, std::string_view normalized) {
  return (type == EntityType::kPerson ? "P:" : "N:") + std::string(normalized);
}

// A country's names share one key, its code, so the code wins over the
// surface name.
std::string LinkKey(const DocEntity& e, std::string_view normalized) {
  if (IsCountry(e)) return "C:" + e.country_code;
  return NameKey(e.type, normalized);
}

void AddUnique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

}  // namespace

struct EntityLinker::State {
  struct Cluster {
    uint32_t first_doc = 0, first_entity = 0;  // first appearance, for ids
    bool ranked = false;  // has an id; until its window is done, its entity is in `fresh`
    uint32_t slot = 0;    // index into `entities` when ranked, else into `fresh`
    // Indices of the documents mentioning it, possibly repeated; turned into
    // ids once at the end, because a common entity ("U.S.") is in thousands
    // of documents and searching a list of ids on every mention is quadratic.
    std::vector<uint32_t> documents;
    std::array<uint32_t, 5> type_votes{};  // by EntityType: its document entities
  };

  Entity& EntityOf(const Cluster& c) { return c.ranked ? entities[c.slot] : fresh[c.slot]; }
  void Join(std::span<Document> window, size_t w, size_t i, int c);
  int Open(std::span<Document> window, size_t w, size_t i, const std::string& key);
  void Rank(std::span<Document> window);

  std::vector<Cluster> clusters;
  std::unordered_map<std::string, int> by_key;
  // Surname -> full-name PERSON cluster; -2 marks an ambiguous surname.
  std::unordered_map<std::string, int> by_surname;
  std::vector<Entity> entities;          // by id
  std::vector<Entity> fresh;             // opened in the current window
  std::vector<int> fresh_clusters;       // their clusters
  std::vector<std::vector<int>> assigned;  // per window document and entity: cluster
  std::vector<std::string> document_ids;   // every document so far
  uint32_t window_start = 0;               // index of the window's first document
};

void EntityLinker::State::Join(std::span<Document> window, size_t w, size_t i, int c) {
  const DocEntity& e = window[w].entities[i];
  Entity& g = EntityOf(clusters[c]);
  // The longest name is the most complete ("Mark Rutte" over "Rutte"), not
  // counting a common noun after it: "Civil Protection" over "Civil
  // Protection agency".
  if (BetterName(e.name, g.name, g.type)) {
    AddUnique(g.aliases, g.name);
    g.name = e.name;
  } else if (e.name != g.name) {
    AddUnique(g.aliases, e.name);
  }
  for (const auto& t : e.titles) ner::AddTitle(g.titles, t);
  for (const auto& a : e.aliases) if (a != g.name) AddUnique(g.aliases, a);
  const uint32_t d = window_start + static_cast<uint32_t>(w);
  Cluster& cluster = clusters[c];
  // A lone surname earlier in the window than its full name comes first.
  if (!cluster.ranked && std::tie(d, i) < std::tie(cluster.first_doc, cluster.first_entity)) {
    cluster.first_doc = d;
    cluster.first_entity = static_cast<uint32_t>(i);
  }
  std::vector<uint32_t>& seen_in = cluster.documents;
  if (seen_in.empty() || seen_in.back() != d) seen_in.push_back(d);
  // The type most of its mentions were given, the first one's on a tie.
  ++cluster.type_votes[static_cast<size_t>(e.type)];
  if (cluster.type_votes[static_cast<size_t>(e.type)] > cluster.type_votes[static_cast<size_t>(g.type)]) g.type = e.type;
  if (g.gender == Gender::kUnknown) g.gender = e.gender;
  if (g.country_code.empty()) g.country_code = e.country_code;
  if (!g.latitude && e.latitude) { g.latitude = e.latitude; g.longitude = e.longitude; }
  assigned[w][i] = c;
}

int EntityLinker::State::Open(std::span<Document> window, size_t w, size_t i, const std::string& key) {
  const int c = static_cast<int>(clusters.size());
  Cluster& cluster = clusters.emplace_back();
  cluster.first_doc = window_start + static_cast<uint32_t>(w);
  cluster.first_entity = static_cast<uint32_t>(i);
  cluster.slot = static_cast<uint32_t>(fresh.size());
  fresh.emplace_back().type = window[w].entities[i].type;
  fresh_clusters.push_back(c);
  by_key.emplace(key, c);
  return c;
}

// Gives the window's new entities their ids, in order of first appearance,
// and every document entity its global id.
void EntityLinker::State::Rank(std::span<Document> window) {
  std::sort(fresh_clusters.begin(), fresh_clusters.end(), [&](int a, int b) {
    return std::tie(clusters[a].first_doc, clusters[a].first_entity) <
           std::tie(clusters[b].first_doc, clusters[b].first_entity);
  });
  for (int c : fresh_clusters) {
    Cluster& cluster = clusters[c];
    Entity& g = entities.emplace_back(std::move(fresh[cluster.slot]));
    g.id = "E" + std::to_string(entities.size());
    cluster.ranked = true;
    cluster.slot = static_cast<uint32_t>(entities.size() - 1);
  }
  fresh.clear();
  fresh_clusters.clear();
  for (size_t w = 0; w < window.size(); ++w)
    for (size_t i = 0; i < window[w].entities.size(); ++i)
      window[w].entities[i].global_id = entities[clusters[assigned[w][i]].slot].id;
}

EntityLinker::EntityLinker() : state_(std::make_unique<State>()) {}
EntityLinker::~EntityLinker() = default;
EntityLinker::EntityLinker(EntityLinker&&) noexcept = default;
EntityLinker& EntityLinker::operator=(EntityLinker&&) noexcept = default;

const std::vector<Entity>& EntityLinker::entities() const { return state_->entities; }

void EntityLinker::Link(std::span<Document> window) {
  State& s = *state_;
  s.window_start = static_cast<uint32_t>(s.document_ids.size());
  s.assigned.assign(window.size(), {});
  for (const Document& d : window) s.document_ids.push_back(d.id);

  // Pass 1: every entity except a lone surname, keyed by normalized name
  // (or country code); aliases of places also key the cluster (DPRK).
  for (size_t w = 0; w < window.size(); ++w) {
    s.assigned[w].assign(window[w].entities.size(), -1);
    for (size_t i = 0; i < window[w].entities.size(); ++i) {
      const DocEntity& e = window[w].entities[i];
      const std::string normalized = KeyName(e);
      if (e.type == EntityType::kPerson && normalized.find(' ') == std::string::npos) continue;
      const std::string key = LinkKey(e, normalized);
      auto it = s.by_key.find(key);
      int c = it != s.by_key.end() ? it->second : -1;
      if (c < 0 && e.type == EntityType::kPlace) {
        for (const auto& alias : e.aliases) {
          auto a = s.by_key.find(NameKey(e.type, NormalizedName(alias)));
          if (a != s.by_key.end()) { c = a->second; break; }
        }
      }
      if (c < 0) c = s.Open(window, w, i, key);
      s.Join(window, w, i, c);
      if (e.type == EntityType::kPerson) {
        auto [surname, inserted] = s.by_surname.emplace(std::string(LastWord(normalized)), c);
        if (!inserted && surname->second != c) surname->second = -2;
      }
    }
  }
  // Pass 2: a lone surname joins the one full name ending in it, if unique.
  for (size_t w = 0; w < window.size(); ++w) {
    for (size_t i = 0; i < window[w].entities.size(); ++i) {
      if (s.assigned[w][i] >= 0) continue;
      const DocEntity& e = window[w].entities[i];
      const std::string normalized = KeyName(e);
      auto surname = s.by_surname.find(normalized);
      int c = surname != s.by_surname.end() && surname->second >= 0 ? surname->second : -1;
      if (c < 0) {
        // Else a single word that names an organisation or place elsewhere
        // (a company tagged as a person: "Yukos said").
        const std::string key = LinkKey(e, normalized);
        auto it = s.by_key.find(key);
        if (it == s.by_key.end()) it = s.by_key.find(NameKey(EntityType::kOrg, normalized));
        c = it != s.by_key.end() ? it->second : s.Open(window, w, i, key);
      }
      s.Join(window, w, i, c);
    }
  }
  s.Rank(window);
}

void EntityLinker::Seed(std::vector<Entity> entities) {
  State& s = *state_;
  for (Entity& e : entities) {
    const int c = static_cast<int>(s.clusters.size());
    State::Cluster& cluster = s.clusters.emplace_back();
    cluster.ranked = true;
    cluster.slot = static_cast<uint32_t>(s.entities.size());
    // Its type stands for the documents already behind it.
    cluster.type_votes[static_cast<size_t>(e.type)] = static_cast<uint32_t>(std::max<size_t>(1, e.documents.size()));
    // Every name it was seen under finds it again: a later lone "Rutte"
    // joins "Mark Rutte" even when the archive saw him in full first.
    DocEntity as_seen;
    as_seen.type = e.type;
    as_seen.country_code = e.country_code;
    for (size_t n = 0; n <= e.aliases.size(); ++n) {
      as_seen.name = n == 0 ? e.name : e.aliases[n - 1];
      const std::string normalized = KeyName(as_seen);
      s.by_key.emplace(LinkKey(as_seen, normalized), c);
      if (e.type == EntityType::kPerson && normalized.find(' ') != std::string::npos) {
        auto [surname, inserted] = s.by_surname.emplace(std::string(LastWord(normalized)), c);
        if (!inserted && surname->second != c) surname->second = -2;
      }
    }
    s.entities.push_back(std::move(e));
  }
}

std::vector<Entity> EntityLinker::Finish() {
  State& s = *state_;
  for (State::Cluster& cluster : s.clusters) {
    Entity& g = s.entities[cluster.slot];
    // Documents in input order, each once.
    std::vector<uint32_t>& indices = cluster.documents;
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    // Two inputs may share an id; a seeded entity lists its archived ones.
    // (Reserved first: the set views the list's strings.)
    g.documents.reserve(g.documents.size() + indices.size());
    std::unordered_set<std::string_view> ids(g.documents.begin(), g.documents.end());
    for (uint32_t d : indices) {
      if (ids.insert(s.document_ids[d]).second) g.documents.push_back(s.document_ids[d]);
    }
    std::vector<uint32_t>().swap(indices);
  }
  std::vector<Entity> entities = std::move(s.entities);
  state_ = std::make_unique<State>();
  return entities;
}

std::vector<Entity> LinkAcrossDocuments(std::vector<Document>& documents) {
  EntityLinker linker;
  linker.Link(documents);
  return linker.Finish();
}

}  // namespace newsgraph
