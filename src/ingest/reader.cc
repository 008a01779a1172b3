#include "ingest/reader.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <unordered_map>

#include <fmt/format.h>

#include "core/ascii.h"
#include "ingest/article_parsers.h"
#include "ingest/html.h"
#include "ingest/metadata.h"
#include "text/text_layer.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using ingest::ParsedArticle;

enum class Format { kText, kHtml, kJsonLines };

// Files a directory walk picks up; anything else (images, archives) is not
// an article. Named files are always read, whatever their extension.
bool IsArticleExtension(const std::string& extension) {
  return extension.empty() || extension == ".txt" || extension == ".text" || extension == ".md" ||
         extension == ".html" || extension == ".htm" || extension == ".xhtml" || extension == ".jsonl" ||
         extension == ".ndjson" || extension == ".json";
}

std::optional<Format> FormatFromExtension(const std::string& extension) {
  if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") return Format::kJsonLines;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return Format::kHtml;
  if (extension == ".txt" || extension == ".text" || extension == ".md") return Format::kText;
  return std::nullopt;
}

Format SniffFormat(std::string_view head) {
  size_t i = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return Format::kJsonLines;
  return ingest::LooksLikeHtml(head) ? Format::kHtml : Format::kText;
}

// Why these bytes are not an article, for the formats people most often
// point a folder full of articles at by mistake; empty if they look like text.
std::string DescribeBinary(std::string_view head) {
  struct Magic {
    std::string_view bytes;
    const char* what;
  };
  static constexpr Magic kMagic[] = {
      {"\x1f\x8b", "a gzip archive; decompress it first (gunzip)"},
      {"PK\x03\x04", "a zip archive; unpack it first"},
      {"%PDF", "a PDF; extract its text first (pdftotext)"},
      {"\x7f" "ELF", "a program, not an article"},
      {"\x89PNG", "an image, not an article"},
      {"\xff\xd8\xff", "an image, not an article"},
      {"SQLite format 3", "an SQLite database, not an article"},
  };
  for (const Magic& magic : kMagic) {
    if (head.substr(0, magic.bytes.size()) == magic.bytes) return magic.what;
  }
  if (head.substr(0, 8192).find('\0') != std::string_view::npos) {
    return "binary data, not text; pass article text, HTML or JSON Lines";
  }
  return "";
}

// The charset an HTML page declares in its first bytes, lower-cased; empty if none.
std::string DeclaredCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 4096));
  size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                               head[end] == '_' || head[end] == ':')) {
    ++end;
  }
  return head.substr(at, end - at);
}

// Converts a page in a legacy charset (windows-1252, iso-8859-1, shift_jis ...) to UTF-8.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  const int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                                 bytes.data(), static_cast<int32_t>(bytes.size()), &error);
  if (U_FAILURE(error)) return std::nullopt;
  out.resize(static_cast<size_t>(n));
  return out;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

std::string FileStem(const std::string& path) { return fs::path(path).stem().string(); }

class Reader {
 public:
  Reader(const IngestOptions& options, const DocumentSink& on_document, const ErrorSink& on_error)
      : options_(options), on_document_(on_document), on_error_(on_error) {}

  void ReadInput(const std::string& input) {
    if (input == "-") {
      ReadStream(stdin, "-", std::nullopt, std::nullopt);
      return;
    }
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error || !fs::exists(status)) {
      Fail(input, 0, "no such file or directory; check the path");
      return;
    }
    if (fs::is_directory(status)) {
      ReadDirectory(input);
    } else {
      ReadFile(input);
    }
  }

  void ReadBytes(std::string_view bytes, const std::string& name, std::optional<Format> format) {
    if (!CheckText(bytes, name)) return;
    const Format f = format.value_or(SniffFormat(bytes.substr(0, 4096)));
    if (f == Format::kJsonLines) {
      int line_number = 0;
      size_t pos = 0;
      while (pos < bytes.size()) {
        const size_t end = std::min(bytes.find('\n', pos), bytes.size());
        ReadJsonLine(bytes.substr(pos, end - pos), ++line_number, name, std::nullopt);
        pos = end + 1;
      }
      return;
    }
    ReadArticle(bytes, f, name, std::nullopt);
  }

 private:
  void ReadDirectory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code error;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
    if (error) {
      Fail(dir, 0, "cannot list the folder (" + error.message() + "); check its permissions");
      return;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
      if (error) break;
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git, .DS_Store)
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && IsArticleExtension(AsciiLower(it->path().extension().string())) &&
          !IsSkipped(it->path())) {
        files.push_back(it->path().string());
      }
    }
    // Sorted, so reports do not depend on the file system's order.
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) ReadFile(file);
  }

  bool IsSkipped(const fs::path& path) const {
    if (options_.skip_file.empty() || path.filename() != fs::path(options_.skip_file).filename()) return false;
    std::error_code error;
    return fs::equivalent(path, options_.skip_file, error);
  }

  void ReadFile(const std::string& path) {
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
      Fail(path, 0, fmt::format("cannot read ({}); check the file's permissions", std::strerror(errno)));
      return;
    }
    ReadStream(file.get(), path, path, FormatFromExtension(AsciiLower(fs::path(path).extension().string())));
  }

  // Reads a whole file or stdin. JSON Lines stream line by line; any other
  // format is one article, read up to the size limit.
  void ReadStream(FILE* file, const std::string& name, const std::optional<std::string>& path,
                  std::optional<Format> format) {
    std::string buffer;
    const size_t head_size = 64 << 10;
    buffer.resize(head_size);
    buffer.resize(std::fread(buffer.data(), 1, head_size, file));
    if (!format) format = SniffFormat(buffer);
    if (buffer.empty() || (IsBlank(buffer) && std::feof(file))) {
      Fail(name, 0, "empty file; nothing to analyze");
      return;
    }
    if (const std::string binary = DescribeBinary(buffer); !binary.empty()) {
      Fail(name, 0, "is " + binary);
      return;
    }
    if (*format == Format::kJsonLines) {
      ReadJsonLines(file, std::move(buffer), name, path);
      return;
    }
    // One article: read the rest, but never more than the limit allows.
    const size_t limit = options_.max_article_bytes;
    char chunk[1 << 16];
    size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, file)) > 0) {
      if (buffer.size() + n > limit) {
        Fail(name, 0,
             fmt::format("larger than the {} MB limit for one article; split it into articles "
                         "(e.g. JSON Lines, one per line)",
                         limit >> 20));
        return;
      }
      buffer.append(chunk, n);
    }
    if (std::ferror(file)) {
      Fail(name, 0, "read error; check the file and the disk");
      return;
    }
    if (*format == Format::kHtml) {
      const std::string charset = DeclaredCharset(buffer);
      if (!charset.empty() && charset != "utf-8" && charset != "utf8" && charset != "us-ascii") {
        if (std::optional<std::string> converted = ConvertToUtf8(buffer, charset)) buffer = std::move(*converted);
      }
    }
    if (!CheckText(buffer, name)) return;
    ReadArticle(buffer, *format, name, path);
  }

  // Empty, binary and non-UTF-8 input never reaches a parser.
  bool CheckText(std::string_view bytes, const std::string& name) {
    if (IsBlank(bytes)) {
      Fail(name, 0, "empty file; nothing to analyze");
      return false;
    }
    if (const std::string binary = DescribeBinary(bytes.substr(0, 8192)); !binary.empty()) {
      Fail(name, 0, "is " + binary);
      return false;
    }
    if (const Status utf8 = ValidateUtf8(bytes); !utf8.ok()) {
      Fail(name, 0, utf8.message());
      return false;
    }
    return true;
  }

  // Streams JSON Lines in 1 MB reads; memory holds one line at a time, and a
  // line longer than the article limit is skipped with an error.
  void ReadJsonLines(FILE* file, std::string buffer, const std::string& name, const std::optional<std::string>& path) {
    const size_t limit = options_.max_article_bytes;
    std::string line;
    int line_number = 0;
    bool overlong = false;
    std::vector<char> chunk(1 << 20);
    size_t pos = 0;
    for (;;) {
      const size_t newline = buffer.find('\n', pos);
      if (newline == std::string::npos) {
        // Keep the partial line and read more.
        if (!overlong) line.append(buffer, pos, std::string::npos);
        if (line.size() > limit) {
          overlong = true;
          line.clear();
        }
        const size_t n = std::fread(chunk.data(), 1, chunk.size(), file);
        if (n == 0) break;
        buffer.assign(chunk.data(), n);
        pos = 0;
        continue;
      }
      ++line_number;
      if (!overlong) line.append(buffer, pos, newline - pos);
      FinishJsonLine(line, line_number, overlong, name, path);
      line.clear();
      overlong = false;
      pos = newline + 1;
    }
    if (!line.empty() || overlong) FinishJsonLine(line, ++line_number, overlong, name, path);
    if (std::ferror(file)) Fail(name, 0, "read error; check the file and the disk");
  }

  void FinishJsonLine(std::string& line, int line_number, bool overlong, const std::string& name,
                      const std::optional<std::string>& path) {
    if (overlong) {
      Fail(name, line_number,
           fmt::format("line longer than the {} MB limit for one article; split the article",
                       options_.max_article_bytes >> 20));
      return;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ReadJsonLine(line, line_number, name, path);
  }

  void ReadJsonLine(std::string_view line, int line_number, const std::string& name,
                    const std::optional<std::string>& path) {
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (IsBlank(line)) return;
    ParsedArticle article = ingest::ParseJsonArticle(line);
    if (article.doc.id.empty()) {
      article.doc.id = FileStem(name) + "-" + std::to_string(line_number);
      article.doc.derived_id = true;
    }
    Emit(std::move(article), name, line_number, path);
  }

  void ReadArticle(std::string_view bytes, Format format, const std::string& name,
                   const std::optional<std::string>& path) {
    ParsedArticle article = format == Format::kHtml ? ingest::ParseHtml(bytes) : ingest::ParsePlainText(bytes);
    if (article.doc.id.empty()) {
      article.doc.id = name == "-" ? "stdin" : FileStem(name);
      article.doc.derived_id = true;
    }
    if (article.problem.empty() && article.doc.text.empty()) article.problem = "no article text after the headers";
    Emit(std::move(article), name, 0, path);
  }

  // Fills what the article did not say from what its text says, then hands it on.
  void Emit(ParsedArticle article, const std::string& name, int line, const std::optional<std::string>& path) {
    if (!article.problem.empty()) {
      Fail(name, line, article.problem);
      return;
    }
    Document& doc = article.doc;
    if (!article.date_problem.empty()) {
      const std::string message = Where(name, line) + article.date_problem;
      doc.errors.push_back(message);
      on_error_(InputError{name, line, message});
    }
    if (doc.text.size() > options_.max_article_bytes) {
      Fail(name, line, fmt::format("article larger than the {} MB limit; split it", options_.max_article_bytes >> 20));
      return;
    }
    doc.path = path;
    if (!doc.date) {
      if (auto dateline = ingest::FindDatelineDate(doc.text)) {
        doc.date = dateline->date;
        doc.date_from = DateSource::kDateline;
      } else if (options_.default_date) {
        doc.date = options_.default_date;
        doc.date_from = DateSource::kOption;
      } else if (auto in_text = ingest::FindDateInText(doc.text)) {
        doc.date = in_text->date;
        doc.date_from = DateSource::kText;
      }
    }
    if (doc.source.empty() && !doc.url.empty()) doc.source = ingest::SourceFromUrl(doc.url);
    if (doc.source.empty()) doc.source = ingest::SourceFromCredits(doc.text);
    // Ids are unique within a report: a repeated one gets a suffix.
    const int seen = ids_[doc.id]++;
    if (seen > 0) doc.id += "-" + std::to_string(seen + 1);
    on_document_(std::move(doc));
  }

  static std::string Where(const std::string& name, int line) {
    return line > 0 ? fmt::format("{}:{}: ", name, line) : name + ": ";
  }

  void Fail(const std::string& name, int line, const std::string& what) {
    on_error_(InputError{name, line, Where(name, line) + what});
  }

  const IngestOptions& options_;
  const DocumentSink& on_document_;
  const ErrorSink& on_error_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace

void ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                const DocumentSink& on_document, const ErrorSink& on_error) {
  Reader reader(options, on_document, on_error);
  for (const std::string& input : inputs) reader.ReadInput(input);
}

void ReadBuffer(std::string_view bytes, const std::string& name, const IngestOptions& options,
                const DocumentSink& on_document, const ErrorSink& on_error) {
  Reader reader(options, on_document, on_error);
  reader.ReadBytes(bytes, name, std::nullopt);
}

}  // namespace newsgraph
