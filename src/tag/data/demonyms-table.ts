/**
 * Adjectives and demonyms per ISO 3166-1 country, written by hand (they cannot be derived from names by rule).
 * One row per country: `CODE|German adjective stems|German demonym nouns|English adjectives and demonyms`,
 * alternatives separated by commas. German stems are lower case without ending ("kasachisch"); inflection
 * (-e/-en/-er/-es/-em) and noun forms (-n, -in, -innen) are derived in src/tag/forms/german.ts.
 * A form listed under two countries (e.g. "kongolesisch", "Korean") is ambiguous and resolved by context.
 */
export const DEMONYM_TABLE = `
AD|andorranisch|Andorraner|Andorran
AE|emiratisch|Emirater|Emirati
AF|afghanisch|Afghane|Afghan
AG|antiguanisch||Antiguan
AL|albanisch|Albaner|Albanian
AM|armenisch|Armenier|Armenian
AO|angolanisch|Angolaner|Angolan
AR|argentinisch|Argentinier|Argentine,Argentinian
AT|österreichisch|Österreicher|Austrian
AU|australisch|Australier|Australian
AZ|aserbaidschanisch|Aserbaidschaner|Azerbaijani,Azeri
BA|bosnisch,bosnisch-herzegowinisch|Bosnier|Bosnian
BB|barbadisch|Barbadier|Barbadian
BD|bangladeschisch|Bangladescher|Bangladeshi
BE|belgisch|Belgier|Belgian
BF|burkinisch|Burkiner|Burkinabe,Burkinabé
BG|bulgarisch|Bulgare|Bulgarian
BH|bahrainisch|Bahrainer|Bahraini
BI|burundisch|Burundier|Burundian
BJ|beninisch|Beniner|Beninese
BN|bruneiisch|Bruneier|Bruneian
BO|bolivianisch|Bolivianer|Bolivian
BR|brasilianisch|Brasilianer|Brazilian
BS|bahamaisch|Bahamaer|Bahamian
BT|bhutanisch|Bhutaner|Bhutanese
BW|botswanisch|Botswaner|Botswanan
BY|belarussisch,weißrussisch|Belarusse,Weißrusse|Belarusian,Belarusan
BZ|belizisch|Belizer|Belizean
CA|kanadisch|Kanadier|Canadian
CD|kongolesisch|Kongolese|Congolese
CF|zentralafrikanisch|Zentralafrikaner|Central African
CG|kongolesisch|Kongolese|Congolese
CH|schweizerisch|Schweizer|Swiss
CI|ivorisch|Ivorer|Ivorian
CL|chilenisch|Chilene|Chilean
CM|kamerunisch|Kameruner|Cameroonian
CN|chinesisch|Chinese|Chinese
CO|kolumbianisch|Kolumbianer|Colombian
CR|costa-ricanisch|Costa-Ricaner|Costa Rican
CU|kubanisch|Kubaner|Cuban
CV|kap-verdisch|Kapverdier|Cape Verdean,Cabo Verdean
CY|zyprisch,zypriotisch|Zyprer,Zypriote|Cypriot
CZ|tschechisch|Tscheche|Czech
DE|deutsch,bundesdeutsch||German
DJ|dschibutisch|Dschibutier|Djiboutian
DK|dänisch|Däne|Danish,Dane
DO|dominikanisch|Dominikaner|Dominican
DZ|algerisch|Algerier|Algerian
EC|ecuadorianisch|Ecuadorianer|Ecuadorian,Ecuadorean
EE|estnisch|Este|Estonian
EG|ägyptisch|Ägypter|Egyptian
ER|eritreisch|Eritreer|Eritrean
ES|spanisch|Spanier|Spanish,Spaniard
ET|äthiopisch|Äthiopier|Ethiopian
FI|finnisch|Finne|Finnish,Finn
FJ|fidschianisch|Fidschianer|Fijian
FM|mikronesisch|Mikronesier|Micronesian
FR|französisch|Franzose|French,Frenchman,Frenchwoman
GA|gabunisch|Gabuner|Gabonese
GB|britisch|Brite|British,Briton,Brit
GD|grenadisch|Grenader|Grenadian
GE|georgisch|Georgier|Georgian
GH|ghanaisch|Ghanaer|Ghanaian
GL|grönländisch|Grönländer|Greenlandic,Greenlander
GM|gambisch|Gambier|Gambian
GN|guineisch|Guineer|Guinean
GQ|äquatorialguineisch|Äquatorialguineer|Equatoguinean,Equatorial Guinean
GR|griechisch|Grieche|Greek
GT|guatemaltekisch|Guatemalteke|Guatemalan
GW|guinea-bissauisch||Bissau-Guinean
GY|guyanisch|Guyaner|Guyanese
HK|hongkongisch|Hongkonger|Hongkonger
HN|honduranisch|Honduraner|Honduran
HR|kroatisch|Kroate|Croatian,Croat
HT|haitianisch|Haitianer|Haitian
HU|ungarisch|Ungar|Hungarian
ID|indonesisch|Indonesier|Indonesian
IE|irisch|Ire|Irish,Irishman,Irishwoman
IL|israelisch|Israeli|Israeli
IN|indisch|Inder|Indian
IQ|irakisch|Iraker|Iraqi
IR|iranisch|Iraner|Iranian
IS|isländisch|Isländer|Icelandic,Icelander
IT|italienisch|Italiener|Italian
JM|jamaikanisch|Jamaikaner|Jamaican
JO|jordanisch|Jordanier|Jordanian
JP|japanisch|Japaner|Japanese
KE|kenianisch|Kenianer|Kenyan
KG|kirgisisch|Kirgise|Kyrgyz,Kyrgyzstani
KH|kambodschanisch|Kambodschaner|Cambodian
KI|kiribatisch||I-Kiribati
KM|komorisch|Komorer|Comoran,Comorian
KN|||Kittitian
KP|nordkoreanisch,koreanisch|Nordkoreaner,Koreaner|North Korean,Korean
KR|südkoreanisch,koreanisch|Südkoreaner,Koreaner|South Korean,Korean
KW|kuwaitisch|Kuwaiter|Kuwaiti
KZ|kasachisch,kasachstanisch|Kasache|Kazakh,Kazakhstani
LA|laotisch|Laote|Lao,Laotian
LB|libanesisch|Libanese|Lebanese
LC|lucianisch||Saint Lucian
LI|liechtensteinisch|Liechtensteiner|Liechtensteiner
LK|sri-lankisch|Sri-Lanker|Sri Lankan
LR|liberianisch|Liberianer|Liberian
LS|lesothisch||Basotho
LT|litauisch|Litauer|Lithuanian
LU|luxemburgisch|Luxemburger|Luxembourgish,Luxembourger
LV|lettisch|Lette|Latvian
LY|libysch|Libyer|Libyan
MA|marokkanisch|Marokkaner|Moroccan
MC|monegassisch|Monegasse|Monegasque,Monégasque
MD|moldauisch,moldawisch|Moldauer|Moldovan
ME|montenegrinisch|Montenegriner|Montenegrin
MG|madagassisch|Madagasse|Malagasy
MH|marshallisch||Marshallese
MK|nordmazedonisch,mazedonisch|Nordmazedonier,Mazedonier|North Macedonian,Macedonian
ML|malisch|Malier|Malian
MM|myanmarisch,birmanisch|Birmane|Burmese
MN|mongolisch|Mongole|Mongolian
MR|mauretanisch|Mauretanier|Mauritanian
MT|maltesisch|Malteser|Maltese
MU|mauritisch|Mauritier|Mauritian
MV|maledivisch|Malediver|Maldivian
MW|malawisch|Malawier|Malawian
MX|mexikanisch|Mexikaner|Mexican
MY|malaysisch|Malaysier|Malaysian
MZ|mosambikanisch|Mosambikaner|Mozambican
NA|namibisch|Namibier|Namibian
NE|nigrisch|Nigrer|Nigerien
NG|nigerianisch|Nigerianer|Nigerian
NI|nicaraguanisch|Nicaraguaner|Nicaraguan
NL|niederländisch,holländisch|Niederländer,Holländer|Dutch,Dutchman,Dutchwoman
NO|norwegisch|Norweger|Norwegian
NP|nepalesisch,nepalisch|Nepalese|Nepalese,Nepali
NR|nauruisch|Nauruer|Nauruan
NZ|neuseeländisch|Neuseeländer|New Zealander
OM|omanisch|Omaner|Omani
PA|panamaisch|Panamaer|Panamanian
PE|peruanisch|Peruaner|Peruvian
PG|papua-neuguineisch||Papua New Guinean
PH|philippinisch|Philippiner|Filipino,Filipina,Philippine
PK|pakistanisch|Pakistaner|Pakistani
PL|polnisch|Pole|Polish
PR|puerto-ricanisch|Puerto-Ricaner|Puerto Rican
PS|palästinensisch|Palästinenser|Palestinian
PT|portugiesisch|Portugiese|Portuguese
PW|palauisch|Palauer|Palauan
PY|paraguayisch|Paraguayer|Paraguayan
QA|katarisch|Katarer|Qatari
RO|rumänisch|Rumäne|Romanian
RS|serbisch|Serbe|Serbian,Serb
RU|russisch|Russe|Russian
RW|ruandisch|Ruander|Rwandan
SA|saudi-arabisch,saudisch|Saudi-Araber,Saudi|Saudi,Saudi Arabian
SB|salomonisch|Salomoner|Solomon Islander
SC|seychellisch|Seycheller|Seychellois
SD|sudanesisch|Sudanese|Sudanese
SE|schwedisch|Schwede|Swedish,Swede
SG|singapurisch|Singapurer|Singaporean
SI|slowenisch|Slowene|Slovenian,Slovene
SK|slowakisch|Slowake|Slovak,Slovakian
SL|sierra-leonisch|Sierra-Leoner|Sierra Leonean
SM|san-marinesisch|San-Marinese|Sammarinese
SN|senegalesisch|Senegalese|Senegalese
SO|somalisch|Somalier|Somali
SR|surinamisch|Surinamer|Surinamese
SS|südsudanesisch|Südsudanese|South Sudanese
ST|são-toméisch||Santomean
SV|salvadorianisch|Salvadorianer|Salvadoran
SY|syrisch|Syrer|Syrian
SZ|eswatinisch,swasiländisch|Swasi|Swazi
TD|tschadisch|Tschader|Chadian
TG|togoisch,togolesisch|Togoer|Togolese
TH|thailändisch|Thailänder|Thai
TJ|tadschikisch|Tadschike|Tajik,Tajikistani
TL|osttimoresisch,timoresisch|Osttimorese|Timorese,East Timorese
TM|turkmenisch|Turkmene|Turkmen,Turkmenistani
TN|tunesisch|Tunesier|Tunisian
TO|tongaisch|Tongaer|Tongan
TR|türkisch|Türke|Turkish,Turk
TT|trinidadisch|Trinidader|Trinidadian
TV|tuvaluisch|Tuvaluer|Tuvaluan
TW|taiwanisch,taiwanesisch|Taiwaner|Taiwanese
TZ|tansanisch|Tansanier|Tanzanian
UA|ukrainisch|Ukrainer|Ukrainian
UG|ugandisch|Ugander|Ugandan
US|amerikanisch,US-amerikanisch|Amerikaner,US-Amerikaner|American
UY|uruguayisch|Uruguayer|Uruguayan
UZ|usbekisch|Usbeke|Uzbek,Uzbekistani
VA|vatikanisch||Vatican
VC|vincentisch||Vincentian
VE|venezolanisch|Venezolaner|Venezuelan
VN|vietnamesisch|Vietnamese|Vietnamese
VU|vanuatuisch||Ni-Vanuatu
WS|samoanisch|Samoaner|Samoan
XK|kosovarisch,kosovo-albanisch|Kosovare|Kosovar,Kosovan
YE|jemenitisch|Jemenit|Yemeni
ZA|südafrikanisch|Südafrikaner|South African
ZM|sambisch|Sambier|Zambian
ZW|simbabwisch|Simbabwer|Zimbabwean
`;
