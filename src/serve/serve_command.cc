#include "serve/serve_command.h"

#include <csignal>
#include <iostream>

#include "serve/server.h"

namespace newsgraph {
namespace {
httplib::Server* g_stopping_server = nullptr;  // only for the signal handler
void Stop(int) {
  if (g_stopping_server) g_stopping_server->stop();
}
}  // namespace

int RunServeCommand(const ServeCommandOptions& options) {
  if (options.port < 0 || options.port > 65535 || options.threads < 1) {
    std::cerr << "newsgraph serve: --port must be 0..65535 and --threads at least 1\n";
    return 2;
  }
  auto pipeline = Pipeline::Create(PipelineOptions{options.model_dir});
  if (!pipeline.ok()) {
    std::cerr << "newsgraph serve: " << pipeline.status().message() << "\n";
    return 1;
  }
  auto store = Store::Open(options.db);
  if (!store.ok()) {
    std::cerr << "newsgraph serve: " << store.status().message() << "\n";
    return 1;
  }
  ApiServer server(**store, *pipeline, options);
  int port = options.port;
  if (port == 0) {
    port = server.http().bind_to_any_port(options.bind);
  } else if (!server.http().bind_to_port(options.bind, port)) {
    port = -1;
  }
  if (port < 0) {
    std::cerr << "newsgraph serve: cannot listen on " << options.bind << ":" << options.port
              << "; is another server using the port?\n";
    return 1;
  }
  g_stopping_server = &server.http();
  std::signal(SIGINT, Stop);
  std::signal(SIGTERM, Stop);
  std::cout << "newsgraph serving " << options.db << " on http://" << options.bind << ":" << port << "/" << std::endl;
  server.http().listen_after_bind();
  g_stopping_server = nullptr;
  return 0;
}

}  // namespace newsgraph
