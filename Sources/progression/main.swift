import ProgressionCLI

Tool.main()
