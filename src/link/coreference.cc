#include "link/coreference.h"
// Placeholder until coreference lands; replaced wholesale.
namespace newsgraph {
void ResolveWithinDocument(Document&) {}
}  // namespace newsgraph
