#include "extract/quantities.h"
// Placeholder until quantities land; replaced wholesale.
namespace newsgraph {
void ExtractQuantities(Document&) {}
}  // namespace newsgraph
