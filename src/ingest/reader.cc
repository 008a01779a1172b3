#include "ingest/reader.h"
// Placeholder until ingest lands; replaced wholesale.
namespace newsgraph {
void ReadInputs(const std::vector<std::string>&, const IngestOptions&, const DocumentSink&, const ErrorSink&) {}
}  // namespace newsgraph
