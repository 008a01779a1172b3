// XML helpers shared by the time scorers (times_eval, gum_times_eval): the
// corpora are regular enough that a tag's attributes and the five standard
// entities are all that need reading.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::bench {

// The value of attribute `name` in a start tag, or "" when absent.
inline std::string Attribute(std::string_view tag, std::string_view name) {
  std::string key(1, ' ');  // appended, not concatenated: g++ 12 misreads + here (-Wrestrict)
  key.append(name).append("=\"");
  size_t p = tag.find(key);
  if (p == std::string_view::npos) return "";
  p += key.size();
  return std::string(tag.substr(p, tag.find('"', p) - p));
}

// The character an entity such as "&amp;" stands for ('\'' for any other).
inline char DecodeEntity(std::string_view ent) {
  return ent == "&amp;" ? '&' : ent == "&lt;" ? '<' : ent == "&gt;" ? '>' : ent == "&quot;" ? '"' : '\'';
}

}  // namespace newsgraph::bench
