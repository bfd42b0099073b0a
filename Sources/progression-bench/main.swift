#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(BenchCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
