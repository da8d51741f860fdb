import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/extract/index.ts';
import { findLeaders } from '../../ingest/extract/leaders.ts';
import { findMentions } from '../../ingest/extract/mentions.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';
import { article } from './extract-helpers.ts';

/** Each leader found as "id|title|role|represents", and each leader mention as "id:text". */
function lead(text: string, date = '1987-04-05'): { leaders: string[]; mentions: string[] } {
  const toks = tokenize(text);
  const r = findLeaders(text, toks, findMentions(text, toks, date), date);
  return {
    leaders: [...r.leaders.values()].map((l) => `${l.id}|${l.title}|${l.role}|${l.represents ? `${l.represents.label}:${l.represents.key}` : '-'}`),
    mentions: r.mentions.map((m) => `${m.id}:${m.text}`),
  };
}

describe('leaders: words of the office between the state and the title', () => {
  it.each([
    // a rank, a portfolio of several words, a portfolio joined by "and": the state before them is the leader's
    ["Ecuador's deputy energy minister Fernando Santos Alvite arrived here last night.", ['fernando-santos-alvite|Deputy Energy Minister|official|Country:EC']],
    ['He met Venezuelan energy and mines minister Arturo Hernandez Grisanti on Tuesday.', ['arturo-hernandez-grisanti|Energy and Mines Minister|minister|Country:VE']],
    ['British corporate affairs minister Alan Clarke told Japan to act.', ['alan-clarke|Corporate Affairs Minister|minister|Country:GB']],
    // … and capitalised with no state before it: the portfolio is whole, not cut to its last word ("Affairs Minister")
    ['Corporate Affairs Minister Alan Clarke told Japan to act.', ['alan-clarke|Corporate Affairs Minister|minister|-']],
    ['Meanwhile, Primary Industry Minister John Kerin said wheat prices fell.', ['john-kerin|Primary Industry Minister|minister|-']],
    // (past "and" only a portfolio word: "Trade and Industry", not another minister's name)
    ['Finance Minister George Saitoti and Energy Minister Nicholas Biwott said so.', ['george-saitoti|Finance Minister|minister|-', 'nicholas-biwott|Energy Minister|minister|-']],
    // a commissioner's portfolio too (the EC's commissioners act for the Community)
    ['But EC Farm Commissioner Frans Andriessen told journalists he had warned ministers.', ['frans-andriessen|Farm Commissioner|official|Organization:ec']],
    // a rank before the state is the office's too
    ['It followed talks between Deputy Iranian Finance Minister Mehdi Navvab and the Fund.', ['mehdi-navvab|Deputy Finance Minister|official|Country:IR']],
    ['On Thursday Deputy U.S. Trade Representative Michael Smith would meet him.', ['michael-smith|Deputy Trade Representative|official|Country:US']],
    // "central bank" is part of the office, with or without a state (not a head of state's "President")
    // (with no state of his own, one named as a pair with a state's leader opening the sentence stands for that state)
    ['Funaro and central bank president Francisco Gros visited Washington.', ['dilson-funaro|Finance Minister|minister|Country:BR', 'francisco-gros|Central Bank President|official|Country:BR']],
    ["He said Brazil's central bank governor Francisco Gros would attend.", ['francisco-gros|Central Bank Governor|official|Country:BR']],
    // … a central bank's governor is a state's officer even when no state is named (not a company's chairman)
    ['Central bank governor Chang Chi-cheng rejected a request by textile makers.', ['chang-chi-cheng|Central Bank Governor|official|-']],
    ['Company chairman John Smith rejected a request by textile makers.', []],
    // a sentence's first word before the state is no company's name
    ['Today U.S. Energy Secretary John Herington said he would act.', ['john-herington|Energy Secretary|minister|Country:US']],
    // a rank joined by a hyphen: a vice-premier is no premier, a vice-minister no minister
    ['Chinese Vice-Premier Tian Jiyun told reporters the plan was shelved.', ['tian-jiyun|Vice-Premier|official|Country:CN']],
    ['Japanese Vice-Finance Minister Toyoo Gyohten said so.', ['toyoo-gyohten|Vice-Finance Minister|official|Country:JP']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });

  it.each([
    // a country inside a company's name: a deputy chairman of the company is nobody's officer
    ['The offer was accepted, Alcan Australia deputy chairman Jeremy Davis said in a statement.', []],
    // … nor is a state's governor the country's ("New Mexico")
    ['It answered goals announced by New Mexico Governor Garrey Carruthers.', ['garrey-carruthers|Governor|official|-']],
    // the paragraph before ends with a state: not the state of the office that opens the next one
    ['Most of the surplus was with the U.S.\n\nVice Economic Minister Wang Chien-shien agreed.', ['wang-chien-shien|Vice Economic Minister|official|-']],
    // no state before the portfolio: its words are taken only up to a state, so the title keeps the one word next to it
    ['Energy and mines minister Javier Espinosa said the pipeline would be repaired.', ['javier-espinosa|Mines Minister|minister|-']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: "the minister, Michael Howard," names an office mentioned before without a name', () => {
  it('takes the state of the earlier office, and the earlier office is a mention of the same person', () => {
    const text = 'Britain\'s corporate affairs minister left for Tokyo on Sunday. "We expect a response," the minister, Alan Clarke, said.';
    expect(lead(text)).toEqual({
      leaders: ['alan-clarke|Corporate Affairs Minister|minister|Country:GB'],
      mentions: ['alan-clarke:corporate affairs minister', 'alan-clarke:Alan Clarke'],
    });
  });

  it('links the earlier office to a leader the data knows, of the same state only', () => {
    const text = 'Britain\'s corporate affairs minister left for Tokyo on Sunday. "We expect a response," the minister, Michael Howard, said.';
    expect(lead(text)).toEqual({
      leaders: ['michael-howard|Corporate and Consumer Affairs Minister|minister|Country:GB'],
      mentions: ['michael-howard:corporate affairs minister', 'michael-howard:Michael Howard'],
    });
    const other = 'France\'s trade minister left for Tokyo on Sunday. "We expect a response," the minister, Michael Howard, said.';
    expect(lead(other).mentions).toEqual(['michael-howard:Michael Howard']);
  });

  it('takes the state of the leader a spokesman speaks for', () => {
    const text = 'A spokesman for U.S. Trade Representative Clayton Yeutter said talks would start. The spokesman, Gary Holmes, said they would last two days.';
    expect(lead(text)).toEqual({
      leaders: ['clayton-yeutter|Trade Representative|minister|Country:US', 'gary-holmes|Spokesman|spokesperson|Country:US'],
      mentions: ['gary-holmes:spokesman', 'clayton-yeutter:Clayton Yeutter', 'gary-holmes:Gary Holmes'],
    });
  });

  it.each([
    // the earlier office named its holder: another person, no state to take
    ['Trade minister John Doe left on Sunday. The minister, Richard Roe, said he would stay.', ['john-doe|Trade Minister|minister|-']],
    // a company's officers are no state's
    ['Shares were sold to the company chairman, David Cook, and president, Kenneth Anders.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: Shintaro Abe, of the data file', () => {
  it.each([
    // in April 1987 he headed the ruling party's executive council and went to Washington for Nakasone
    ['He said Shintaro Abe, the ruling Liberal Democratic Party\'s executive council chairman, would propose measures.', '1987-04-03', ['shintaro-abe|LDP Executive Council Chairman|official|Country:JP']],
    // … and was foreign minister before that
    ['Foreign Minister Shintaro Abe arrived in Washington.', '1985-01-10', ['shintaro-abe|Foreign Minister|minister|Country:JP']],
  ] as const)('%s (%s)', (text, date, out) => {
    expect(lead(text, date).leaders).toEqual(out);
  });
});

describe('leaders: "the <title> of <a state\'s ministry or bank>, <Name>"', () => {
  it.each([
    ['The vice minister of Ministry of International Trade and Industry, Makoto Kurosaki, said so.', ['makoto-kurosaki|Vice Minister of Ministry of International Trade and Industry|official|-']],
    ['Peru held talks with the president of the bank of Mexico, Miguel Mancera Aguayo. Peru agreed.', ['miguel-mancera-aguayo|President of the Bank of Mexico|official|Country:MX']],
    ['He met the director-general of the Israeli Foreign Ministry, Abraham Tamir.', ['abraham-tamir|Director-General of the Israeli Foreign Ministry|official|Country:IL']],
    // a bank of a place that is no state, an exchange: a company's officers
    ['He met the president of Bank of Boston, John Smith, on Monday.', []],
    ['He met the president of the Mexican stock exchange, Manuel Somoza, on Monday.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a military rank before a name set off by an apposition is no part of the name', () => {
  it.each([
    ['"We are on alert," General Guven Ergenc, Secretary General of the Turkish General Staff, told a news conference.', ['guven-ergenc|Secretary General|minister|-']],
    ['The technology could be turned against U.S. national security, Commander Bob Prucha, a Pentagon spokesman, said.', ['bob-prucha|Spokesman|spokesperson|Organization:pentagon']],
    // a company named "General …" before a comma is still no one
    ['General Motors Corp, the world\'s largest corporation, said car sales fell.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text, '1987-03-27').leaders).toEqual(out);
  });
});

describe('leaders: a military rank or a central bank before the name (session 8, titles)', () => {
  it.each([
    // a rank is the title of an officer who acts for his state, after the state or its forces
    ['Soviet Marshal Sergei Akhromeyev said the talks had failed.', ['sergei-akhromeyev|Marshal|official|Country:SU']],
    ["Indonesia's Armed Forces Commander General Benny Murdani said warnings were made.", ['benny-murdani|General|official|-']],
    ['The statement, signed by Rear-Admiral Augustus Aikhomu, urged calm.', ['augustus-aikhomu|Rear-Admiral|official|-']],
    // … and alone, except a bare "General" (companies' names start with it)
    ['Lieutenant General Vernon Walters sent letters about the incident.', ['vernon-walters|Lieutenant General|official|-']],
    // a rank before an envoy's name is no part of the name
    ['U.S. Ambassador to the United Nations Lieutenant General Vernon Walters said the vote was close.', ['vernon-walters|Ambassador to the United Nations|envoy|Country:US']],
    // a central bank's director is a state's officer, the state named or not
    ['Central Bank director Daniel Marx said the talks would resume.', ['daniel-marx|Central Bank Director|official|-']],
    ['Argentine Central Bank director Daniel Marx said the talks would resume.', ['daniel-marx|Central Bank Director|official|Country:AR']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });

  it.each([
    // companies and other offices named with "General", a retired officer, a company's director
    ['General Motors Corp said car sales fell.', []],
    ['A group led by GFI Nevada Inc, a subsidiary of General Felt Industries, said it would bid.', []],
    ['The U.S. General Accounting Office said certificates cost more.', []],
    ['"We will see," visiting Chairman of General Motors Roger Smith said in March.', []],
    ['Acting Assistant Attorney General Charles Rule said so in comments.', []],
    ['Security will be strict, Retired General Carlos Narvaez said.', []],
    ['"Prices will rise," said J.S. Simon, General Manager of the Supply Department at Exxon.', []],
    ['Bank director John Smith said the bank would sell.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: "<Name> of <State> said", a delegate named by his state (session 8, titles)', () => {
  it.each([
    ['Howe said Britain was entitled to act. Francisco Fernandez Ordonez of Spain said the strike was legitimate.', ['geoffrey-howe|Foreign Secretary|minister|Country:GB', 'francisco-fernandez-ordonez|null|null|Country:ES']],
    ['The pact was adopted. Gerard Guillonneau of France, speaking for consumers, agreed.', ['gerard-guillonneau|null|null|Country:FR']],
    // a company in the story's first sentence, a company's name, a body's, a state as a demonym or a possessive, no verb
    ['Lanson Champagne of France said it named a new chief.', []],
    ['It was sold. The stake went to Nippon Life Insurance of Japan, traders said.', []],
    ['Sales rose. A spokesman for the Assay Offices of Great Britain said sales rose.', []],
    ['Sales rose. Peter Baron of West German origin said so.', []],
    ["Sales rose. John Smith of Canada's biggest bank said so.", []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a rank before an office that must name its body, in an apposition', () => {
  it.each([
    ['Zdzislaw Kuroski, deputy director of Comecon, who heads the East bloc delegation, told Reuters.', ['zdzislaw-kuroski|Deputy Director|official|Organization:comecon']],
    // a deputy director of a company is still no one's officer
    ['"Prices will rise," John Smith, deputy director of Chase Econometrics, said.', []],
    // a lower-case word qualifying the office of an international body the data lists, which ends the apposition
    ['Adebayo Adedeji, the executive secretary of the U.N. Economic Commission for Africa, told the meeting that debts rose.', ['adebayo-adedeji|Executive Secretary|official|Organization:economic-commission-for-africa']],
    ['David Wood, official spokesman of the General Agreement on Tariffs and Trade (GATT), told a news briefing.', ['david-wood|Official Spokesman|spokesperson|Organization:gatt']],
    ['Petter Skouen, executive vice president of the Nordic Investment Bank (NIB), noted that the program did well.', ['petter-skouen|Executive Vice President|official|Organization:nordic-investment-bank']],
    // … not of a company, nor of a council or an affiliate whose name goes on past the body's
    ['John Smith, the executive vice president of Chase Econometrics, said prices would rise.', []],
    // (… unless the gazetteer knows the affiliate too: the IFC's chief executive, as the gold of story 16949 has him; session 14)
    ["William Ryrie, chief executive of the World Bank's International Finance Corp (IFC), said he will discuss it.", ["william-ryrie|Chief Executive of World Bank's International Finance Corp|official|Organization:ifc"]],
    // "official", qualified or not, of an international body or of a ministry of a state named in it
    ['Miguel Urrutia, a senior official of the Inter-American Development Bank, said lending had declined.', ['miguel-urrutia|Senior Official|official|Organization:inter-american-development-bank']],
    ['Yves Berthelot, an official for the United Nations Conference on Trade and Development, said it was inevitable.', ['yves-berthelot|Official|official|Organization:unctad']],
    ['Taro Yamada, an official of the Japanese Finance Ministry, said the yen was stable.', ['taro-yamada|Official|official|Country:JP']],
    // … not of a company, a union, nor a department of no state named; an aide is still AIDE_TO's
    ['Alexander Ivlev, an official with Amtorg, said the talks went well.', []],
    ['Jorge Luis Leao Franco, a senior official of the National Merchant Marine Union, said the strike went on.', []],
    ['Frederick Sparling, an official in the Department of Consumer and Corporate Affairs, said the law was passed.', []],
    ['Taro Yamada, an official of the Japanese Finance Ministry\'s trade arm, said the yen was stable.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text, '1987-03-20').leaders).toEqual(out);
  });
});

describe('leaders: a plural title before two or more names', () => {
  it.each([
    // each name holds the singular office, of the state or body before the title
    ['The deadline may be extended as EC Commissioners Willy de Clercq and Frans Andriessen are due to visit Washington.', ['willy-de-clercq|Commissioner|official|Organization:ec', 'frans-andriessen|Commissioner|official|Organization:ec']],
    ['Missouri Republican Senators John Danforth and Christopher Bond have introduced a bill.', ['john-danforth|Senator|legislator|-', 'christopher-bond|Senator|legislator|-']],
    // the states after the title, in the order of the names
    ['The finance ministers of Japan and West Germany, Kiichi Miyazawa and Gerhard Stoltenberg, met on Tuesday.', ['kiichi-miyazawa|Finance Minister|minister|Country:JP', 'gerhard-stoltenberg|Finance Minister|minister|Country:DE']],
    // a company's officers in lower case, with no state, and a title before states that are no names
    ['Other executive vice presidents Mitchell Antar and Isaac Kairey were named to the office.', []],
    ['EC farm ministers Britain and France objected to the plan.', []],
    // as many states as names, or none is paired
    ['The trade ministers of Chile, Peru and Bolivia, Juan Perez and Pedro Gomez, met.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a story that calls someone by the first word of the name alone, never by the last', () => {
  it.each([
    // a Korean or Chinese family name, with or without hyphens in the given name; a Thai given name
    ['Deputy Prime Minister Rha Woong Bae arrived on Monday. Rha said Korea would open its markets.', ['rha-woong-bae:Rha Woong Bae', 'rha-woong-bae:Rha']],
    ['Finance Minister Wang Bingqian presented the budget. The deficit will fall, Wang said.', ['wang-bingqian:Wang Bingqian', 'wang-bingqian:Wang']],
    ['Interior Minister Prachuab Suntharangun spoke on Monday. Prachuab said parliament would sit.', ['prachuab-suntharangun:Prachuab Suntharangun', 'prachuab-suntharangun:Prachuab']],
    // the last word alone names the person: the first alone is someone else
    ['Energy Secretary John Herington spoke on Monday. Herington said John would come.', ['john-herington:John Herington', 'john-herington:Herington']],
    // the first word inside a longer name is no mention
    ['Finance Minister Wang Bingqian spoke. Computer maker Wang Laboratories said sales rose, and Satellite Wang said so too.', ['wang-bingqian:Wang Bingqian']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).mentions).toEqual(out);
  });
});

describe('leaders: a director general of a state, a sheikh\'s name (session 7)', () => {
  it.each([
    // capitalised, the title is a government's (companies have managing directors)
    ['"It is increasing," Deputy Director General Hiroshi Hirabayashi told reporters.', ['hiroshi-hirabayashi|Deputy Director General|official|-']],
    // a ministry right before, with its acronym in brackets, or a state's ministry and a rank
    ['Ministry of International Trade and Industry (MITI) director general Noboru Hatakeyama told reporters.', ['noboru-hatakeyama|Director General|official|-']],
    ['"It is delicate," Japanese finance ministry deputy director-general Fumiya Iwasaki said.', ['fumiya-iwasaki|Deputy Director-General|official|Country:JP']],
    // the honorific "Sheikh" is no part of the name
    ['Kuwaiti oil minister Sheikh Ali al-Khalifa al-Sabah said OPEC was producing below its ceiling.', ['ali-al-khalifa-al-sabah|Oil Minister|minister|Country:KW']],
    // a company's spokesman is no leader; a ministry's is, and so is the one named after "The spokesman,"
    ['Gulf Canada spokesman Ash Bhasin said the company had been advised.', []],
    ['Foreign Ministry spokesman Yoshifumi Matsuda said Japan would act.', ['yoshifumi-matsuda|Spokesman|spokesperson|-']],
    // a trade body's director general is not a state's
    ['Association director-general Mark Boleat said lending rose.', []],
  ])('%s', (text, expected) => {
    expect(lead(text).leaders).toEqual(expected);
  });
});

describe('leaders: an office whose field is spelt out after the title, then the name', () => {
  it.each([
    ['Australian Minister for Trade Negotiations Michael Duffy said his country would act.', ['michael-duffy|Minister for Trade Negotiations|minister|Country:AU']],
    ['Philippine Secretary of Trade and Industry Jose Concepcion, who left, said so.', ['jose-concepcion|Secretary of Trade and Industry|minister|Country:PH']],
    ['Visiting U.S. Under-Secretary of State for Economic Affairs Allen Wexford told him.', ['allen-wexford|Under-Secretary of State for Economic Affairs|official|Country:US']],
    // the word before "Minister" is no portfolio when the field follows ("that Minister of State …")
    ['They told Reuters that Minister of State Ali Bozer would lodge the application.', ['ali-bozer|Minister of State|minister|-']],
    ["Egypt's Minister of State for Foreign Affairs, Boutros Boutros Ghali, said on Monday.", ['boutros-boutros-ghali|Minister of State for Foreign Affairs|minister|Country:EG']],
    // a rank joined by a hyphen ("Under-secretary")
    ['The debt rose a year earlier, Treasury Under-secretary Yavuz Canevi said.', ['yavuz-canevi|Under-Secretary|official|-']],
    ['Those rights, U.S. Ambassador to GATT Michael Samuels said.', ['michael-samuels|Ambassador to GATT|envoy|Country:US']],
    // a known full name is not run into the office's words before it
    ['He met U.K. Chancellor of the Exchequer Nigel Lawson on Monday.', ['nigel-lawson|Chancellor of the Exchequer|minister|Country:GB']],
    // a field word is no name, a demonym does not end the field, a company's officers are no state's
    ['Chung, who is also Minister of Economic Planning, said his estimate stood.', []],
    ['Cristobal Arancibia, the Conflicts Secretary of the Bolivian Miners Federation, said so.', []],
    ['Frank Capozza, secretary of Century Resources, said so.', []],
    ['International Totalizator Systems Inc Vice President of Finance Joel Graff said so.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a state\'s office, then the name set off by a comma', () => {
  it.each([
    // the state owns the office, words of it between
    ["The IADB said. Ecuador's finance minister, Domingo Cordovez, and others signed.", ['domingo-cordovez|Finance Minister|minister|Country:EC']],
    ["He was echoed by Mexico's deputy planning minister, Pedro Aspe Armella, who said so.", ['pedro-aspe-armella|Deputy Planning Minister|official|Country:MX']],
    // a capitalised office may go on with a verb
    ['EC External Trade Commissioner, Karel Van Miert has said so.', ['karel-van-miert|External Trade Commissioner|official|Organization:ec']],
    // a leader's spokesman speaks for the leader's state; a personal secretary is nobody's office
    ["Prime Minister Jacques Chirac's spokesman, Denis Baudouin, on Monday spoke.", ['jacques-chirac|Prime Minister|head_of_government|Country:FR', 'denis-baudouin|Spokesman|spokesperson|Country:FR']],
    ["Immunity went to North's personal secretary, Fawn Hall, who was said to help.", []],
    // … and after the name: "<Name>, <state>'s <office>", the office's field with it
    ['Opening the meeting, Ahmed al-Tayer, the UAE\'s Minister of State for Finance and Industry, said.', ['ahmed-al-tayer|Minister of State for Finance and Industry|minister|Country:AE']],
    ['Michael Smith and Makoto Kurosaki, Japan\'s deputy minister of International Trade and Industry (MITI), said.', ['makoto-kurosaki|Deputy Minister of International Trade and Industry|official|Country:JP']],
    ["Said Denny Lynch, Wendy's vice president of communications.", []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a portfolio before the title, a unit of a ministry, a parliament\'s committee, in an apposition (session 8)', () => {
  it.each([
    // capitalised portfolio words before the title, taken when a body follows
    ['Karel van Miert, External Relations Commissioner of the European Communities, told a news conference.', ['karel-van-miert|External Relations Commissioner|official|Organization:ec']],
    // … not when none follows ("Harbour Workers union secretary" names no body of a state)
    ['Roger Smith, Marketing Director of Sears, said sales rose.', []],
    // a unit of a ministry, a committee of a parliament
    ['Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry, told a newspaper Moscow would act.', ['alexander-ivanov|Head|official|Country:SU']],
    ['Talks have made progress, Roland Dumas, head of a parliamentary Foreign Affairs Committee said.', ['roland-dumas|Head|official|-']],
    // … not a business group's committee
    ['Kenji Sato, head of the Japan Committee for Economic Development, said so.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: "the <title> of <an international body or a state> <Name> said", with no comma (session 8)', () => {
  it.each([
    ['Reforms are needed, the secretary general of the Organisation for Economic Cooperation and Development Jean-Claude Paye said.', ['jean-claude-paye|Secretary General|official|Organization:oecd']],
    // a body of its own after a demonym is no state's office
    ['Prices rose, the president of the Brazilian Coffee Institute Jorio Dauster said.', []],
    // … or set off by commas, the body's acronym in brackets between (session 9)
    ['The Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma, signed an agreement.', ['edouard-saouma|Director-General|official|Organization:fao']],
    ['The secretary-general of UNCTAD, Kenneth Dadzie, said so.', ['kenneth-dadzie|Secretary-General|official|Organization:unctad']],
    // (a name set off by a comma must be closed by one)
    ['He met the president of Brazil, Antonio Silva and others.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a central bank by the name its state gives it, and its state when none is named (session 9)', () => {
  it.each([
    // "Reserve Bank", "National Bank": a state's central bank; the one state the sentence names is the officer's
    ['Reserve Bank governor Gerhard de Kock said the agreement was a good deal for South Africa.', ['gerhard-de-kock|Reserve Bank Governor|official|Country:ZA']],
    ['In Pretoria, Reserve Bank Governor Gerhard De Kock termed the agreement a good deal.', ['gerhard-de-kock|Reserve Bank Governor|official|Country:ZA']],
    ['After Brazil refused to say when it would pay, Central Bank governor Francisco Gros said talks would go on.', ['francisco-gros|Central Bank Governor|official|Country:BR']],
    // … an officer, not a head of state; the state before the bank is his
    ['Swiss National Bank president Pierre Languetin said rates would differ.', ['pierre-languetin|National Bank President|official|Country:CH']],
    ['Polish National Bank head Wladyslaw Baka held talks with the Fund.', ['wladyslaw-baka|National Bank Head|official|Country:PL']],
    // … the Federal Reserve's district banks are named after their cities
    ['New York Federal Reserve Bank President Gerald Corrigan opposed a further fall.', ['gerald-corrigan|Federal Reserve Bank President|official|Organization:federal-reserve']],
    // two states in the sentence: none is taken
    ['Reserve Bank Governor Spencer Russell said New Zealand would follow Australia.', ['spencer-russell|Reserve Bank Governor|official|-']],
    // a company's bank: a capitalised word before "National Bank" inside the sentence
    ['The loan was agreed, First National Bank chairman John Smith said.', []],
    // lower case names no bank of a state
    ['The offer was made, national bank governor John Smith said.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a secretary\'s cabinet portfolio before the title (session 9)', () => {
  it.each([
    ['Transportation Secretary Elizabeth Doyle said she was optimistic.', ['elizabeth-doyle|Transportation Secretary|minister|-']],
    ['Reagan said he had instructed Housing Secretary Samuel Pierce to work with Congress.', ['ronald-reagan|President|head_of_state|Country:US', 'samuel-pierce|Housing Secretary|minister|-']],
    ['The peso must fall, Economic Planning Secretary Solita Monreal told Reuters.', ['solita-monreal|Economic Planning Secretary|minister|-']],
    ['Hong Kong\'s Financial Secretary Piers Jacobs said the criteria are flexible.', ['piers-jacobs|Financial Secretary|minister|Country:HK']],
    // a ministry's permanent secretary is its civil servant, no minister
    ['Interior Permanent Secretary Pisarn Mulasartsathorn said so.', ['pisarn-mulasartsathorn|Permanent Secretary|official|-']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a European Commissioner by portfolio alone in a story about the Community (session 9)', () => {
  it.each([
    ['The European Community plan was criticised. Industry Commissioner Karl-Heinz Narjes told ministers capacity was too high.', ['karl-heinz-narjes|Industry Commissioner|official|Organization:ec']],
    ['EC ministers met. But Agriculture Commissioner Ray MacSharry said prices would fall.', ['ray-macsharry|Agriculture Commissioner|official|Organization:ec']],
    // no Community in the story, a place before the portfolio, or another portfolio: no commissioner of the Community
    ['Industry Commissioner Karl-Heinz Narjes told ministers capacity was too high.', []],
    ['Texas Agriculture Commissioner Jim Hightower said the EC was wrong.', []],
    ['The EC rules changed, Securities Commissioner Ray Astin said.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: "<Name>, adviser to <leader>," stands for the leader\'s state (session 9)', () => {
  it.each([
    ['Franz-Josef Feiter, agricultural adviser to West German Chancellor Helmut Kohl, agreed.', ['helmut-kohl|Chancellor|head_of_government|Country:DE', 'franz-josef-feiter|Agricultural Adviser|adviser|Country:DE']],
    ['Yves Van Haecke, an aide to French agriculture minister Francois Guillaume said.', ['francois-guillaume|Agriculture Minister|minister|Country:FR', 'yves-van-haecke|Aide|adviser|Country:FR']],
    // an aide to one whose state is untold (a member of a parliament) is left alone
    ['David Graves, aide to Sen. Thad Cochran, said so.', ['thad-cochran|Senator|legislator|-']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a capitalised Director\'s field between his state or body and the title (session 9)', () => {
  it.each([
    ['White House Budget Director James Miller said a budget plan was deficient.', ['james-miller|Budget Director|official|Organization:white-house']],
    ['EC Industrial Policy Director Heinrich von Moltke said so.', ['heinrich-von-moltke|Industrial Policy Director|official|Organization:ec']],
    // a company's director in lower case is no state's
    ['Japanese company director Ken Sato said so.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: an office a company has too, in an apposition, stands for a state only by its body (session 9)', () => {
  it.each([
    // a company, a business group, a company's bank, a company's own words after the title: no leader
    ['Pierre Peladeau, president of Quebecor Inc, said the offer was fair.', []],
    ['The deal was backed by Thomas Malley, Chairman of Phibro Energy, and others.', []],
    ['Hannes Androsch, chairman of Austria\'s Creditanstalt-Bankverein, said there was some truth to it.', []],
    ['John Rau, president of the Exchange National Bank of Chicago, said so.', []],
    ['Dave Carter, president of the U.S. beet sugar association, said plantings may be up.', []],
    ['Gene Cartledge, chairman and chief executive officer of Union Camp said the industry was sold out.', []],
    ['Walter Hiller, the chairman of VW\'s works council, told the meeting.', []],
    // a body of a state's government, in capitals or not; a state's central bank; a parliament's committee
    ['Michael Boskin, chairman of the council of economic advisers, had been chosen.', ['michael-boskin|Chairman|official|-']],
    ['John Shad, chairman of the Securities and Exchange Commission, SEC, was named ambassador.', ['john-shad|Chairman|official|-']],
    ['Chen Muhua, president of the People\'s Bank of China, attended the opening.', ['chen-muhua|President|head_of_state|-']],
    ['Masao Hori, Chairman of the lower house finance committee, told the group.', ['masao-hori|Chairman|official|-']],
    ['Dan Rostenkowski, chairman of the House Ways and Means Committee, wrote the letter.', ['dan-rostenkowski|Chairman|official|-']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a name\'s part elided with an apostrophe is no end of the name (session 9)', () => {
  it.each([
    ["ADB president Babacar N'Diaye said the bank would lend more. N'Diaye added that rates would fall.", ["babacar-ndiaye:Babacar N'Diaye", "babacar-ndiaye:N'Diaye"]],
    ["Senator Alfonse D'Amato said so.", ["alfonse-damato:Alfonse D'Amato"]],
    ['Former French President Valery Giscard d’Estaing said so.', ['valery-giscard-destaing:Valery Giscard d’Estaing']],
    // an initial's tokens are the name's too: the surname alone later is the same leader
    ['Senator J.W. Smith said so. Smith added more.', ['j-w-smith:J.W. Smith', 'j-w-smith:Smith']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).mentions).toEqual(out);
  });
  // … and a company's head so named stays out (an apposition's office a company has too)
  it("Thomas O'Malley, Chairman of Phibro Energy, said so.", () => {
    expect(lead("Thomas O'Malley, Chairman of Phibro Energy, said so.").leaders).toEqual([]);
  });
});

describe('leaders: a state\'s office with no state named takes the dateline\'s state (session 9)', () => {
  function leadAt(text: string, dateline: string | null): string[] {
    const toks = tokenize(text);
    const r = findLeaders(text, toks, findMentions(text, toks, '1987-03-03'), '1987-03-03', dateline);
    return [...r.leaders.values()].map((l) => `${l.id}|${l.represents ? `${l.represents.label}:${l.represents.key}` : '-'}`);
  }
  it.each([
    ['Finance Minister Manuel Azpurua told reporters he hopes to sign the new agreement.', 'VE', ['manuel-azpurua|Country:VE']],
    ['Labour Minister Almir Pazzoni said the strike was illegal.', 'BR', ['almir-pazzoni|Country:BR']],
    // no dateline: none
    ['Labour Minister Almir Pazzoni said the strike was illegal.', null, ['almir-pazzoni|-']],
    // a story about the dateline's state (the first it names) may name others elsewhere
    ['The Danish government planned tax changes to discourage shopping trips to West Germany. Tax Minister Isi Foighel told journalists so.', 'DK', ['isi-foighel|Country:DK']],
    ['West Germany objected to Danish tax changes. Tax Minister Isi Foighel told journalists so.', 'DK', ['isi-foighel|-']],
    // (a province's premier is no state's)
    ['Alberta Premier Don Getty said the talks went well.', 'CA', ['don-getty|-']],
    // his sentence may name his home's capital, where he speaks (not another state's)
    ['Labour Minister Ike Nwachukwu, announcing the decision in Lagos today, said so.', 'NG', ['ike-nwachukwu|Country:NG']],
    ['Labour Minister Ike Nwachukwu, announcing the decision in Lagos today, said so.', 'GH', ['ike-nwachukwu|-']],
    // a story that names another state: the minister may be its visitor
    ['Foreign Secretary Flora MacDonald urged the United States to act on acid rain, and Canada would wait.', 'US', ['flora-macdonald|-']],
    // an envoy mostly serves abroad; a company's office is no state's
    ['Ambassador John Smith said talks went well.', 'VE', ['john-smith|-']],
    ['Chairman John Smith said talks went well.', 'VE', ['john-smith|-']],
  ] as const)('%s (%s)', (text, dateline, out) => {
    expect(leadAt(text, dateline)).toEqual(out);
  });
});

describe('leaders: an apposition\'s title, and the title after it (session 10)', () => {
  it.each([
    // a title with a name right after it is that person's, not an apposition of the capitalised words before the comma
    ['Debt was written off under the Farm Price Support Scheme, Finance Minister Roger Dunmore said.', ['roger-dunmore|Finance Minister|minister|-']],
    // an international body's president is its official, no head of state
    ['Antonio Ortiz Mena, president of the Inter-American Development Bank, warned of default.', ['antonio-ortiz-mena|President|official|Organization:inter-american-development-bank']],
    // a deputy secretary general: "General" is part of the office, not the name of another person
    ['Fadhil Al-Chalabi, OPEC Deputy Secretary General, also spoke.', ['fadhil-al-chalabi|Deputy Secretary General|official|Organization:opec']],
    // a description in apposition after a name is that person's, not the office's holder in the data
    ['Ivan Novak, the Czechoslovak prime minister, said so.', ['ivan-novak|Prime Minister|head_of_government|Country:CS']],
    ['On Monday, the Czechoslovak prime minister said so.', ['lubomir-strougal|Prime Minister|head_of_government|Country:CS']],
    // a body's acronym in brackets after its name in an apposition
    ['Jean-Claude Paye, Director General of the Organization for Economic Cooperation and Development (OECD), told a news conference.', ['jean-claude-paye|Director General|official|Organization:oecd']],
    // "and" joins capitalised portfolios too; the state before them is the office's
    ['Chilean Energy and Mines Minister Jorge Perez said so today.', ['jorge-perez|Energy and Mines Minister|minister|Country:CL']],
    // a leader's spokesman speaks for his leader's state, with or without commas round his name
    ["Remarks by prime minister Jacques Chirac's spokesman Pierre Dupont, who said so.", ['jacques-chirac|Prime Minister|head_of_government|Country:FR', 'pierre-dupont|Spokesman|spokesperson|Country:FR']],
    ["Jacques Chirac's spokesman, Pierre Dupont, said so.", ['jacques-chirac|Prime Minister|head_of_government|Country:FR', 'pierre-dupont|Spokesman|spokesperson|Country:FR']],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: a company officer is no leader, and his words are no one else\'s (session 10)', () => {
  const at = (text: string) => extractArticle({ id: 'art-test', text, publishedAt: '1987-03-10', title: null, source: 'test', url: null, dateline: 'NEW YORK, March 10' });
  const made = (p: ReturnType<typeof at>) => p.rels.filter((r) => r.type === 'MADE').map((r) => r.from.key);
  it('leaves out a president named in a sentence about a company, with his statements (not given to Fidel Castro)', () => {
    const p = at('Data General Corp president Edson de Castro said the outlook for his company shows little improvement.');
    expect(p.nodes.filter((n) => n.label === 'Leader').map((n) => n.key)).toEqual([]);
    expect(made(p)).toEqual([]);
  });
  it('keeps a president whose sentence tells of no company', () => {
    const p = at('President Kenneth Kaunda told Reuters the auction would be retained.');
    expect(p.nodes.filter((n) => n.label === 'Leader').map((n) => n.key)).toEqual(['kenneth-kaunda']);
    expect(made(p)).toEqual(['kenneth-kaunda']);
  });
  it('leaves out the calls a company officer takes part in', () => {
    const p = at('At the same meeting Goldman Sachs (Japan) Corp president Eugene Atkinson met Japanese Finance Minister Kiichi Miyazawa on Monday.');
    expect(p.nodes.filter((n) => n.label === 'Call')).toEqual([]);
    expect(p.nodes.filter((n) => n.label === 'Leader').map((n) => n.key)).toEqual(['kiichi-miyazawa']);
  });
});

describe('leaders: the body or the place an office is of', () => {
  it.each([
    // a body named in full before, then by its head noun or its acronym
    ['The Asian Development Bank admitted China. Despite protests from Taiwan, bank president Masao Fujioka said so.', ['masao-fujioka|President|official|Organization:asian-development-bank']],
    ['China may borrow 300 mln dlrs from the Asian Development Bank (ADB), president Masao Fujioka said.', ['masao-fujioka|President|official|Organization:asian-development-bank']],
    ['The World Bank needs capital. He expected Bank president Barber Conable to ask for it.', ['barber-conable|President|official|Organization:world-bank']],
    // (not a company's bank: a name before the noun; and its president heads the bank, no state: session 16)
    ['The World Bank needs capital. Chemical Bank president John Smith said so.', ['john-smith|President|official|-']],
    // a known leader with an office of an international body the data does not give him acts in that office
    ['Organisation of African Unity Chairman Denis Sassou-Nguesso said Africa could not pay.', ['denis-sassou-nguesso|Chairman|official|Organization:african-union']],
    // (a body of his own state leaves the data's office)
    ['Kremlin leader Mikhail Gorbachev said so.', ['mikhail-gorbachev|General Secretary|head_of_state|Country:SU']],
    // a sentence opened by a place of a state: an office that names none is that state's
    ['The talks went on. In Quito, Foreign Minister Rafael Garcia Velasco said they were fine.', ['rafael-garcia-velasco|Foreign Minister|minister|Country:EC']],
  ] as const)('%s', (text, out) => {
    expect(lead(text, '1987-06-16').leaders).toEqual(out);
  });
});

describe('leaders: a state\'s delegate to a conference or a body', () => {
  it.each([
    ['Australian delegate C. J. Hurford said bad projects hurt the Bank.', ['c-j-hurford|Delegate|envoy|Country:AU']],
    ['"We are concerned," said India\'s delegate, S. Venkitaramanan.', ['s-venkitaramanan|Delegate|envoy|Country:IN']],
    ['"It is counterproductive," John Birch, the British delegate, said.', ['john-birch|Delegate|envoy|Country:GB']],
    // (a delegate of no state is no one's: a lobby's convention, a parliament's member)
    ['Don Gingerich, a delegate from Iowa, said prices fell.', []],
    ['the delegate Peter Smith said prices fell.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });
});

describe('leaders: an apostrophe inside a name part', () => {
  it.each([
    ["Jordanian Prime Minister Zaid al-Rifa'i said he had made progress.", ['zaid-al-rifai|Prime Minister|head_of_government|Country:JO'], ["zaid-al-rifai:Zaid al-Rifa'i"]],
    ["Tanzanian Transport Minister Mustafa Nyang'anyi said so.", ['mustafa-nyanganyi|Transport Minister|minister|Country:TZ'], ["mustafa-nyanganyi:Mustafa Nyang'anyi"]],
    // (not an English possessive)
    ["Finance Minister John Smith's budget was passed.", ['john-smith|Finance Minister|minister|-'], ['john-smith:John Smith']],
  ] as const)('%s', (text, out, mentions) => {
    expect(lead(text)).toEqual({ leaders: out, mentions });
  });
});

describe('leaders: members of a legislature (session 11)', () => {
  it.each([
    // Reuters' party tag after the name: a member of the U.S. Congress, with a title or without
    ['Sen. Lloyd Bentsen, D-Texas, said Japan must open its markets.', ['lloyd-bentsen|Senator|legislator|Organization:us-congress']],
    ['Dan Glickman, D-Kans., chairman of the House agriculture subcommittee, said the plan was wrong.', ['dan-glickman|Member of Congress|legislator|Organization:us-congress']],
    ['Rep. Richard Gephardt (D-Mo.) said Japan was unfair.', ['richard-gephardt|Representative|legislator|Organization:us-congress']],
    // a chamber's leader or speaker: the chamber is part of the office, no head of state
    ['Senate Majority Leader Robert Byrd said Japan must open its markets.', ['robert-byrd|Senate Majority Leader|legislator|-']],
    ['Senate Republican leader Robert Dole said Japan must open its markets.', ['robert-dole|Senate Republican Leader|legislator|-']],
    // a tag needs a name before it; a company's "R-" code is none
    ['The plan, D-Day for the markets, was dropped.', []],
  ] as const)('%s', (text, out) => {
    expect(lead(text).leaders).toEqual(out);
  });

  it.each([
    // the dateline tells whose legislature a senator sits in when the text does not: Washington's is the U.S. Congress …
    ['WASHINGTON, April 9', 'Senator Robert Dole said Japan must open its markets.', ['robert-dole|Senator|legislator|Organization:us-congress']],
    // … another state's dateline is no proof (U.S. senators are quoted in Tokyo's news)
    ['TOKYO, April 9', 'Senator Robert Dole said Japan must open its markets.', ['robert-dole|Senator|legislator|-']],
  ] as const)('%s: %s', (dateline, text, out) => {
    const p = article(text, '1987-04-10', dateline);
    const reps = new Map(p.rels.filter((r) => r.type === 'REPRESENTS').map((r) => [r.from.key, `${r.to.label}:${r.to.key}`]));
    expect(p.nodes.filter((n) => n.label === 'Leader').map((n) => `${n.key}|${n.props['title']}|${n.props['role']}|${reps.get(n.key) ?? '-'}`)).toEqual(out);
  });
});

describe('leaders: a surname after a title is the data\'s leader only near his term (session 11)', () => {
  it.each([
    // Boris Johnson's alias "Johnson" names no one in 1987 …
    ['Fed Vice Chairman Johnson said rates would hold.', '1987-04-05', ['johnson|Vice Chairman|official|Organization:federal-reserve']],
    // … in his term it names him
    ['Prime Minister Johnson said rates would hold.', '2020-04-05', ['boris-johnson|Prime Minister|head_of_government|Country:GB']],
  ] as const)('%s (%s)', (text, date, out) => {
    expect(lead(text, date).leaders).toEqual(out);
  });
});
