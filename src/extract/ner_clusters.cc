#include "extract/ner_clusters.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::ner {

namespace {

// FNV-1a, inline: std::hash is an out-of-line call, and the tagger hashes
// every word it sees. The table is built at load, so the hash is free to change.
uint64_t HashOf(std::string_view word) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}
uint8_t TagOf(uint64_t hash) { return static_cast<uint8_t>(hash >> 56); }

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
char ToLower(unsigned char c) { return static_cast<char>(IsUpper(c) ? c - 'A' + 'a' : c); }

}  // namespace

size_t WordClusters::SlotIndex(std::string_view word, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.length == 0) return i;
    if (slot.tag == TagOf(hash) && slot.length == word.size() &&
        std::memcmp(pool_.data() + slot.offset, word.data(), word.size()) == 0) {
      return i;
    }
  }
}

void WordClusters::Lookup(std::span<const std::string_view> words, std::span<Ids> ids) const {
  LookupExact(words, ids);
  thread_local std::vector<size_t> unclustered;
  thread_local std::vector<std::string> forms;
  thread_local std::vector<std::string_view> views;
  thread_local std::vector<Ids> found;
  unclustered.clear();
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (ids[i].level[0] == 0 && w.size() > 1 && std::any_of(w.begin() + 1, w.end(), IsUpper)) unclustered.push_back(i);
  }
  if (unclustered.empty()) return;
  forms.resize(unclustered.size());
  views.resize(unclustered.size());
  found.resize(unclustered.size());
  for (size_t k = 0; k < unclustered.size(); ++k) {
    std::string_view word = words[unclustered[k]];
    forms[k].assign(1, word[0]);
    for (unsigned char c : word.substr(1)) forms[k].push_back(ToLower(c));
    views[k] = forms[k];
  }
  auto take_found = [&] {
    LookupExact(views, found);
    for (size_t k = 0; k < unclustered.size(); ++k) {
      if (ids[unclustered[k]].level[0] == 0) ids[unclustered[k]] = found[k];
    }
  };
  take_found();  // title case
  for (std::string& form : forms) form[0] = ToLower(form[0]);
  take_found();  // lower case
}

void WordClusters::LookupExact(std::span<const std::string_view> words, std::span<Ids> ids) const {
  if (slots_.empty()) {
    std::fill(ids.begin(), ids.end(), Ids{});
    return;
  }
  thread_local std::vector<uint64_t> hashes;
  hashes.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    hashes[i] = HashOf(words[i]);
    __builtin_prefetch(&slots_[hashes[i] & (slots_.size() - 1)]);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view word = words[i];
    if (word.empty() || word.size() > kMaxWordBytes) {
      ids[i] = Ids{};
      continue;
    }
    const Slot& slot = slots_[SlotIndex(word, hashes[i])];
    ids[i] = slot.length == 0 ? Ids{} : slot.ids;
  }
}

void WordClusters::Insert(std::string_view word, Ids ids) {
  if (word.empty() || word.size() > kMaxWordBytes) return;
  // Kept at most half full, so probe sequences stay short.
  if (2 * (size_ + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, 2 * old.size()), Slot{});
    for (const Slot& slot : old) {
      if (slot.length == 0) continue;
      const uint64_t hash = HashOf(std::string_view(pool_).substr(slot.offset, slot.length));
      slots_[SlotIndex({}, hash)] = slot;  // the empty word matches no stored word: an empty slot
    }
  }
  const uint64_t hash = HashOf(word);
  Slot& slot = slots_[SlotIndex(word, hash)];
  if (slot.length == 0) {
    slot.offset = static_cast<uint32_t>(pool_.size());
    slot.length = static_cast<uint8_t>(word.size());
    slot.tag = TagOf(hash);
    pool_.append(word);
    ++size_;
  }
  slot.ids = ids;
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
    clusters.Insert(word, ids);
  }
  return clusters;
}

void WordClusters::Write(std::ostream& out) const {
  // Sorted, so the same clusters always give the same model bytes.
  std::vector<const Slot*> sorted;
  sorted.reserve(size_);
  for (const Slot& slot : slots_) {
    if (slot.length > 0) sorted.push_back(&slot);
  }
  auto word_of = [&](const Slot* slot) { return std::string_view(pool_).substr(slot->offset, slot->length); };
  std::sort(sorted.begin(), sorted.end(), [&](const Slot* a, const Slot* b) { return word_of(a) < word_of(b); });
  uint32_t count = static_cast<uint32_t>(sorted.size());
  out.write(reinterpret_cast<const char*>(&count), sizeof count);
  for (const Slot* slot : sorted) {
    out.write(reinterpret_cast<const char*>(&slot->length), 1);
    out.write(pool_.data() + slot->offset, slot->length);
    out.write(reinterpret_cast<const char*>(slot->ids.level), sizeof slot->ids.level);
  }
}

Result<WordClusters> WordClusters::Read(std::istream& in) {
  uint32_t count = 0;
  in.read(reinterpret_cast<char*>(&count), sizeof count);
  if (!in || count > (1u << 24)) return Status::Corruption("bad word-cluster section");
  WordClusters clusters;
  std::string word;
  for (uint32_t i = 0; i < count; ++i) {
    uint8_t length = 0;
    in.read(reinterpret_cast<char*>(&length), 1);
    word.resize(length);
    in.read(word.data(), length);
    Ids ids;
    in.read(reinterpret_cast<char*>(ids.level), sizeof ids.level);
    if (!in) return Status::Corruption("truncated word-cluster section");
    clusters.Insert(word, ids);
  }
  return clusters;
}

}  // namespace newsgraph::ner
