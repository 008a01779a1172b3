#include "story/stories.h"
// Placeholder until stories land; replaced wholesale.
namespace newsgraph {
std::vector<Story> BuildStories(const std::vector<Document>&, const std::vector<Entity>&) { return {}; }
}  // namespace newsgraph
