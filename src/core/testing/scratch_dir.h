#pragma once
// A directory of its own for one test, removed when the test ends.
//
// ctest runs tests in parallel, each test as its own process, and a process
// may run several tests: a name made from the pid or the test's name alone
// can be taken by another run. mkdtemp makes the name unique.

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

#include <gtest/gtest.h>

namespace newsgraph::test {

class ScratchDir {
 public:
  explicit ScratchDir(std::string_view prefix = "newsgraph-test") {
    std::string pattern = (std::filesystem::temp_directory_path() / prefix).string() + "-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
      ADD_FAILURE() << "cannot make a scratch directory from " << pattern << "; check that TMPDIR is writable";
      return;
    }
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;  // a test that failed half-way may have left files open
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

  // Writes `bytes` to `name` inside the directory, making folders on the
  // way; returns the file's path.
  std::string Write(const std::filesystem::path& name, std::string_view bytes) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace newsgraph::test
