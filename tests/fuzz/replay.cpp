// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of a fuzz target in builds without libFuzzer (GCC, release, asan-core): every file
// named on the command line, and every file under every folder named, goes once through the
// target, after an empty input. ctest runs it over the target's seed corpus, so an input that
// once crashed Keel keeps being tried. A crash, a sanitizer report or a missing corpus fails it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

int run(const std::string& bytes)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path given(argv[i]);
        if (fs::is_directory(given)) {
            for (const fs::directory_entry& entry : fs::recursive_directory_iterator(given)) {
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
            }
        } else if (fs::is_regular_file(given)) {
            inputs.push_back(given);
        } else {
            std::cerr << "replay: " << given.string() << " is neither a file nor a folder\n";
            return 1;
        }
    }
    if (inputs.empty()) {
        std::cerr << "replay: no inputs (usage: " << argv[0] << " FILE-OR-FOLDER...)\n";
        return 1;
    }
    std::sort(inputs.begin(), inputs.end());
    run({});
    for (const fs::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (in.bad()) {
            std::cerr << "replay: cannot read " << path.string() << '\n';
            return 1;
        }
        // Named first, so the input behind a crash is the last line printed.
        std::cout << path.string() << std::endl;
        run(bytes);
    }
    std::cout << "replay: " << inputs.size() << " inputs, no crash\n";
    return 0;
}
