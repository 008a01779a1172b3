#include "extract/ner_clusters.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

namespace newsgraph::ner {

WordClusters::Ids WordClusters::Lookup(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? Ids{} : it->second;
}

Result<WordClusters> WordClusters::ReadText(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read word clusters '" + path + "'; build them with newsgraph-ner-clusters");
  WordClusters clusters;
  std::string line, word;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::istringstream fields(line);
    Ids ids;
    fields >> word;
    for (uint16_t& id : ids.level) fields >> id;
    if (!fields) {
      return Status::Corruption(path + ":" + std::to_string(line_number) + ": expected word and " +
                                std::to_string(kLevels) + " cluster ids");
    }
    clusters.ids_[word] = ids;
  }
  return clusters;
}

void WordClusters::Write(std::ostream& out) const {
  // Sorted, so the same clusters always give the same model bytes.
  std::vector<const std::pair<const std::string, Ids>*> sorted;
  sorted.reserve(ids_.size());
  for (const auto& entry : ids_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  uint32_t count = static_cast<uint32_t>(sorted.size());
  out.write(reinterpret_cast<const char*>(&count), sizeof count);
  for (const auto* entry : sorted) {
    uint8_t length = static_cast<uint8_t>(std::min<size_t>(entry->first.size(), 255));
    out.write(reinterpret_cast<const char*>(&length), 1);
    out.write(entry->first.data(), length);
    out.write(reinterpret_cast<const char*>(entry->second.level), sizeof entry->second.level);
  }
}

Result<WordClusters> WordClusters::Read(std::istream& in) {
  uint32_t count = 0;
  in.read(reinterpret_cast<char*>(&count), sizeof count);
  if (!in || count > (1u << 24)) return Status::Corruption("bad word-cluster section");
  WordClusters clusters;
  clusters.ids_.reserve(count);
  std::string word;
  for (uint32_t i = 0; i < count; ++i) {
    uint8_t length = 0;
    in.read(reinterpret_cast<char*>(&length), 1);
    word.resize(length);
    in.read(word.data(), length);
    Ids ids;
    in.read(reinterpret_cast<char*>(ids.level), sizeof ids.level);
    if (!in) return Status::Corruption("truncated word-cluster section");
    clusters.ids_.emplace(word, ids);
  }
  return clusters;
}

}  // namespace newsgraph::ner
