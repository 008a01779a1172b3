// The two Store backends; callers use Store::Open.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/store.h"

namespace newsgraph::internal {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);
// (speaker, words) of each quote in an annotated article, for the quote index.
std::vector<std::pair<std::string, std::string>> QuotesToIndex(const Document& doc);
// Fills doc's annotations from a stored blob; a blob that does not decode
// leaves the article unannotated so the next ingest annotates it again.
void AttachAnnotations(std::string_view blob, Document& doc);
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

}  // namespace newsgraph::internal
