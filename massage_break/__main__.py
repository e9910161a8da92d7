from massage_break.app import main

raise SystemExit(main())
