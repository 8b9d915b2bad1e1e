// Ordinary English words a practitioner's question or comment is made of. Privacy uses them (with the product's own
// vocabulary) as the allow-list for stored text, since any other word could be a name; understanding uses them to split
// run-together words.
export const COMMON_WORDS = `
a about above across after again against ago all almost alone along already also although always am among an and another
any anyone anything anyway anywhere are area around as ask asked asking at away back bad be because become been before
being below best better between both bring but by came can cannot can't case cause certain change check checked come
could couldn't day days did didn't different do does doesn't doing done don't down during each early either else end
enough even ever every everyone everything example explain fact far few find fine first follow following for found from
full further get gets getting given go goes going gone good got great had hadn't half happen happened has hasn't have
haven't having he he's her here hers herself him himself his how however i i'd i'll i'm i've if in instead into is isn't
it it's its itself just keep kept kind knew know knowing known last late later least leave left less let like likely
little long look looking lot made make making many may maybe me mean meant might mine more most much must my myself need
needed needs never new next no none nor not nothing now number of off often oh ok okay old on once one only or other
others our ours out over own part past per perhaps please point possible probably put quite rather really reason right
said same say saying says see seen seem sent set several shall she she's should shouldn't show shown since so some
someone something sometimes soon sorry still such sure take taken tell than thank thanks that that's the their theirs
them themselves then there there's these they they're thing things think this those though thought through time times
to told too took toward try trying twice two under unless until up upon us use used using usually very want wanted wants
was wasn't way we we're well went were weren't what what's whatever when where whether which while who whole whom whose
why will with within without won't word words would wouldn't wrong yes yet you you're your yours yourself
about answer answered answers helpful unhelpful useful missing unclear confusing correct incorrect wrong true false
question questions reply replied help hi hello dear regards
boy girl son daughter mother father mum mums dad dads mam nan gran grandma grandad grandmother grandfather aunt uncle
sister brother sibling siblings baby child child's kid kids teen teenager teenagers family families friend friends
parent parents parent's carer carer's guardian foster adopter adopters partner stepdad stepmum household
teacher school college head headteacher nurse doctor gp health hospital police officer officers court judge solicitor
worker workers colleague colleagues manager managers team lead student practitioner practitioners staff duty office
year years yr yrs month months week weeks hour hours minute minutes morning afternoon evening night tonight weekend
yesterday today tomorrow date dated dates time am pm o'clock
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty hundred first second third
text texts texted texting txt sms message messages messaged messaging call calls called calling ring rang phone phoned
phones mobile mobiles number numbers email emails emailed emailing mail letter letters post posted chat chats chatted dm
dms voice note notes video photo photos picture pictures pic pics image images selfie selfies screenshot screenshots
app apps account accounts profile status group groups send sending sent receive received receiving forward forwarded
reply respond responded contact contacted contacting add added follow followed friend block blocked report reported
record records recorded recording write wrote written writing upload file files filed filing save saved store stored
delete deleted destroy keep kept share shared sharing tell telling inform informed agree agreed agreement consent
allowed allow permitted permission okay fine safe unsafe risk harm hurt injury injured abuse abusive threat threatening
threatened scared worried worry concern concerns concerned crisis emergency urgent suicidal self-harm bullied bullying
visit visited visiting meeting meetings review conference plan plans assessment assessments referral referrals support
work working home house room bus car train street town shop online social media site sites network
personal private professional work-issued issued device devices laptop computer iphone android
case cases file record notes summary legal advice supervision policy policies guidance rule rules law act
dial dialled named live lived living move moved speak spoke spoken talk talked talking meet met saw hear heard
listen listened arrived stay stayed leave leaving wait waited start started stop stopped open opened close closed
lac cin cp sar tm sw edt yp yps ypp iro dob sgo mash fgc cla
`
  .split(/\s+/)
  .filter(Boolean);
