#include "link/entity_linker.h"
// Placeholder until cross-document linking lands; replaced wholesale.
namespace newsgraph {
std::vector<Entity> LinkAcrossDocuments(std::vector<Document>&) { return {}; }
}  // namespace newsgraph
