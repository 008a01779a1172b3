// Within-document linking: mentions of one real-world thing become one
// DocEntity ("Defense Secretary Lloyd Austin", "Austin", "Mr. Austin").
#pragma once

#include "core/document.h"

namespace newsgraph {

// Fills doc.entities and sets Mention::entity for every mention.
void ResolveWithinDocument(Document& doc);

}  // namespace newsgraph
