#include "extract/times.h"
// Placeholder until times land; replaced wholesale.
namespace newsgraph {
void ExtractTimes(Document&) {}
}  // namespace newsgraph
