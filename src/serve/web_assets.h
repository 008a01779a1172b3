// The files of web/, compiled into the binary (see embed_web.cmake) so
// `newsgraph serve` needs nothing on disk besides the archive.
#pragma once

#include <span>
#include <string_view>

namespace newsgraph {

struct WebAsset {
  std::string_view path;          // "/index.html"
  std::string_view content_type;  // "text/html; charset=utf-8"
  std::string_view body;
};

std::span<const WebAsset> WebAssets();

}  // namespace newsgraph
