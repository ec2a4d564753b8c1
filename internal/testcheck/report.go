package testcheck

// ReportText is the text of the report from its headline on, copied from
// the source file, so that every test can check a quote against it
// without the stored source beside the module; every quote the module
// cites must occur in it verbatim. TestReportTextIsTheSource (dataset)
// checks it against the stored source where that is present.
const ReportText = `
Shenyang's opening-up attracts foreign capital

China Daily Global Updated: 2020-04-09

The actual use of foreign capital in the city of Shenyang in Northeast China's Liaoning province, surged 15 percent to reach $1.65 billion in 2019, the highest figure over the last five years, showing its efforts in going global have borne fruit.

Imports and exports totaled 105.5 billion yuan ($15 billion) last year, up 7.2 percent on 2018. Imports grew 17.1 percent to reach 75.2 billion yuan.

Shenyang aims to become a new frontier in opening-up and global cooperation, actively linking international rules and building an open economy, said Jiang Youwei, mayor of the city, at the third meeting of the 16th Shenyang's People's Congress in January.

As a key industrial city in northeastern China, the Liaoning capital has attracted more than 100 Fortune Global 500 companies to invest in some 170 local companies. Those investors include automaker BMW, French tire maker Michelin and tire and rubber company Bridgestone.

This year, the city will further accelerate opening-up by jointly promoting foreign investment and upgrading consumption. The aim is to help supply-side structural reform, and the adjustment and improvement of the industrial structure, according to the Shenyang commerce bureau.

The city also plans to strengthen its automobile, high-end equipment and intelligent manufacturing sectors.

Investment in BMW Brilliance Automotive's production base in Shenyang has surpassed 52 billion yuan, dating back to 2009, becoming a model for cooperation between Shenyang and Germany. Its all-electric model the iX3 is expected to be produced in Shenyang and exported across the world.

Li Hongbiao, a researcher from the China Academy of Northeast Revitalization, said the opening-up strategy is the engine of revitalization of northeastern China.

The city is expected to increase its cooperation with Japan and South Korea, with leading companies and small and medium-sized tech companies, as well as in projects involving advanced equipment manufacturing and new energy vehicles. Shenyang's China-Japan and China-South Korea industrial parks will be the main platforms for this, according to the government.

The government added it will both emphasize the quantity and quality of foreign trade and increase the proportion of high-tech and high value-added products. Private SMEs will also play a bigger role in the sector.

Trade in services, such as cross-border e-commerce, smart medical care and manufacturing outsourcing, will also be encouraged.`
