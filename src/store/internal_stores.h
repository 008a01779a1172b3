// The two Store backends; callers use Store::Open.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace newsgraph::internal {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

}  // namespace newsgraph::internal
