/// Invented news texts for the near-duplicate tests: one wire story republished by three
/// outlets with their own headers and footers, and a different story on the same event
/// (same names, places and numbers, written independently).
enum WireStoryFixtures {
    static let wireBody = """
        ROME (AP) — At least 41 migrants died when their boat capsized in the central Mediterranean after \
        leaving the Tunisian port of Sfax, survivors told aid workers on Lampedusa on Wednesday.

        The four survivors, three men and a woman from Ivory Coast and Guinea, were rescued by a cargo ship \
        and brought to the Italian island late on Tuesday, the International Organization for Migration said. \
        They said the metal boat had set off on Thursday with 45 people on board, including three children, \
        and overturned in rough seas a few hours later.

        Flavio Di Giacomo, a spokesman for the IOM in Italy, said the survivors had spent several days adrift \
        without food or water before the merchant vessel spotted them. The Italian coast guard said it had not \
        found any bodies in the area. Tunisian authorities have not commented.

        The shipwreck is the latest in a series of deadly crossings on the route between Tunisia and Italy, \
        which has become the main departure point for people trying to reach Europe by sea. More than 2,000 \
        people have died or gone missing in the central Mediterranean so far this year, according to IOM figures.

        Humanitarian groups have criticised the European Union's agreement with Tunisia, signed in July, which \
        offers funding in exchange for efforts to curb departures. Sea-Watch, a German charity that operates \
        rescue ships, said the deaths showed that the policy was failing and called for a state-led search and \
        rescue mission. Italian Prime Minister Giorgia Meloni has defended the deal as a way to stop smugglers.
        """

    /// Outlet A: section header, share bar and the agency's copyright footer.
    static let outletA = """
        Breaking news | World | Updated 14:32 CET
        Share this article on Facebook, Twitter or by email

        \(wireBody)

        Copyright 2023 The Associated Press. All rights reserved. This material may not be published, \
        broadcast, rewritten or redistributed without permission.
        """

    /// Outlet B: byline and date header, newsletter and read-more footer, no dateline.
    static let outletB = """
        By The Associated Press
        Published Wednesday 9 August 2023, 15:05

        \(wireBody.replacingOccurrences(of: "ROME (AP) — ", with: ""))

        Sign up for our daily newsletter to get the latest world news delivered to your inbox every morning. \
        Read more: Europe's migration dilemma explained in five charts.
        """

    /// Outlet C: advertisement marker, a one-word edit, related-coverage footer.
    static let outletC = """
        Advertisement

        \(wireBody.replacingOccurrences(of: "cargo ship", with: "freighter"))

        Related coverage: Italy declares a state of emergency over migrant arrivals. More from World. \
        Comments are closed on this article.
        """

    /// Another agency's own story on the same shipwreck.
    static let otherAgency = """
        LAMPEDUSA, Italy (Reuters) — Forty-one people, including three children, are feared dead after a boat \
        that left Sfax in Tunisia sank in heavy seas, according to the accounts of four survivors who reached \
        Lampedusa, the U.N. migration agency said on Wednesday.

        The survivors, from Ivory Coast and Guinea, were picked up by a merchant ship after drifting for days, \
        IOM spokesman Flavio Di Giacomo told reporters. Forty-five people had boarded the vessel on Thursday, \
        he said, and 41 of them are now missing. Italy's coast guard said no bodies had been recovered.

        The deaths bring the number of people who have died or disappeared on the central Mediterranean \
        crossing this year to more than 2,000, IOM says. Rights groups blame the July pact between the EU and \
        Tunisia for pushing people onto ever more dangerous boats, while Prime Minister Giorgia Meloni says it \
        will break the smugglers' business model. German rescue charity Sea-Watch demanded a European search \
        and rescue operation in the central Mediterranean.
        """

    /// An unrelated story.
    static let unrelated = """
        The city council approved a new budget for public libraries on Monday, adding funds for longer opening \
        hours, a mobile library for rural villages and a programme of reading clubs for teenagers. The mayor \
        said the plan would be reviewed after one year, and opposition members asked for a report on costs \
        before the summer recess. Librarians welcomed the decision but warned that staff shortages remain.
        """
}
