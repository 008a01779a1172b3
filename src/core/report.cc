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

}  // namespace newsgraph
