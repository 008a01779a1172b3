#include "core/report.h"

namespace newsgraph {

std::string_view ToString(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::kSingle: return "single";
    case ClaimStatus::kCorroborated: return "corroborated";
    case ClaimStatus::kConflicting: return "conflicting";
    case ClaimStatus::kUpdated: return "updated";
  }
  return "single";
}

const Entity* FindEntity(const std::vector<Entity>& entities, std::string_view id) {
  size_t rank = 0;
  if (id.size() < 2 || id.size() > 12 || id[0] != 'E') return nullptr;
  for (char c : id.substr(1)) {
    if (c < '0' || c > '9') return nullptr;
    rank = rank * 10 + static_cast<size_t>(c - '0');
  }
  return rank >= 1 && rank <= entities.size() && entities[rank - 1].id == id ? &entities[rank - 1] : nullptr;
}

}  // namespace newsgraph
