#include "store/store.h"

#include <cstdint>
#include <cstdio>

#include "store/annotation_codec.h"
#include "store/internal_stores.h"

namespace newsgraph {

Result<std::unique_ptr<Store>> Store::Open(const std::string& location) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return internal::OpenPostgresStore(location);
  }
  if (location.empty()) return Status::InvalidArgument("--db: empty path; give a file path or a postgresql:// URL");
  return internal::OpenSqliteStore(location);
}

namespace internal {

std::vector<std::pair<std::string, std::string>> QuotesToIndex(const Document& doc) {
  std::vector<std::pair<std::string, std::string>> quotes;
  for (const Quote& q : doc.quotes) {
    // The speaker's canonical name finds "Lloyd Austin" even where the quote
    // only says "he".
    const bool named = q.speaker_entity >= 0 && size_t(q.speaker_entity) < doc.entities.size();
    std::string speaker = named ? doc.entities[q.speaker_entity].name
                                : q.speaker ? std::string(doc.Slice(*q.speaker)) : std::string();
    quotes.emplace_back(std::move(speaker), std::string(doc.Slice(q.span)));
  }
  return quotes;
}

void AttachAnnotations(std::string_view blob, Document& doc) {
  if (!blob.empty()) (void)DecodeAnnotations(blob, doc);
}

}  // namespace internal

Result<bool> Store::IsArchived(const Document& doc) {
  auto by_id = HasId(doc.id);
  if (!by_id.ok() || *by_id) return by_id;
  return HasText(doc.text);
}

std::string ContentHash(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace newsgraph
