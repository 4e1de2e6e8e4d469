from carrier_app.cli import main

raise SystemExit(main())
