"""Young Scrutineers' challenges to the priority groups: deadlines, answers, verdicts."""
