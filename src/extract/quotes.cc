#include "extract/quotes.h"
// Placeholder until quotes land; replaced wholesale.
namespace newsgraph {
void ExtractQuotes(Document&) {}
}  // namespace newsgraph
