#include "store/store.h"

#include <cstdint>
#include <cstdio>

#include "store/internal_stores.h"

namespace newsgraph {

Result<std::unique_ptr<Store>> Store::Open(const std::string& location) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return internal::OpenPostgresStore(location);
  }
  if (location.empty()) return Status::InvalidArgument("--db: empty path; give a file path or a postgresql:// URL");
  return internal::OpenSqliteStore(location);
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
