// The HTTP API over an archive, as an httplib::Server the caller listens with.
//
//   POST /articles        what the CLI reads (JSON Lines with id, url, source,
//                         title, date, text|html; HTML; plain text), or a JSON
//                         array of article objects. Answers {"read", "added"}.
//   GET  /stories?since=YYYY-MM-DD&entity=NAME&q=WORDS
//   GET  /stories/{id}    GET /entities/{id}    GET /documents/{id}
//   GET  /search?q=WORDS&source=&entity=&since=&until=
//   GET  /health
//   GET  /                the web page (web/ embedded at build time)
//
// Every failure is a 4xx/5xx with {"error": "..."}; no request can crash the
// process. Requests are served on several threads; archive access is
// serialized inside ApiServer.
#pragma once

#include <memory>

#include <httplib.h>

#include "pipeline/pipeline.h"
#include "serve/serve_command.h"
#include "store/store.h"

namespace newsgraph {

class ApiServer {
 public:
  // `store` and `pipeline` must outlive the server.
  ApiServer(Store& store, const Pipeline& pipeline, const ServeCommandOptions& options);
  ~ApiServer();

  httplib::Server& http();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace newsgraph
