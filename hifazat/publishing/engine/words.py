# ruff: noqa: E501, SIM905  (word lists are data)
"""Word lists the detectors read: cue words, words that never identify, function words.

Hand-curated by the project (no outside source) from the shapes of Pakistani police writing: FIRs
("X s/o Y, caste Z, r/o W"), press releases and social-media posts, in English, Roman Urdu and
Urdu script. Urdu is written here with Urdu code points (ک ی ہ), as the normaliser produces.
Everything is lower case; the detectors compare lower-cased tokens.
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- people ----------------------------------------------------------------------------------

# Words after which a name follows, and whose name it is (the placeholder's role).
CHILD_CUES = _w(
    """minor girl boy child victim student schoolgirl schoolboy kid baby infant teen teenager
    orphan daughter son niece nephew juvenile survivor pupil
    bachi bachchi bacchi bacha bachcha bachay bache larki larka larkee masoom kamsin nabaligh
    nabalig naabaligh beti beta talib taliba mutasira mutasirah
    بچی بچہ بچے لڑکی لڑکا معصوم کمسن نابالغ طالبہ متاثرہ مغویہ مغوی بیٹی بیٹا بچیوں
    grandson granddaughter bhatija bhatiji bhanja bhanji pota poti nawasa nawasi
    بھتیجا بھتیجی بھانجا بھانجی پوتا پوتی نواسا نواسی
    ننھی ننھا ننھے nanhi nanha nanhe bechari bechara bechaari بیچاری بیچارا بیچارے چاری"""
)
RELATIVE_CUES: dict[str, str] = {
    **dict.fromkeys(_w("father abbu abba walid waalid walad-e baap"), "father"),
    **dict.fromkeys(_w("mother ammi amma walida waalida maa"), "mother"),
    **dict.fromkeys(_w("husband shohar shauhar khawand"), "husband"),
    **dict.fromkeys(
        _w(
            """brother sister uncle aunt grandfather grandmother cousin guardian stepfather
            stepmother bhai behan behen bhen chacha chachu mamu mamoo mamoon khala phuphi
            phupho dada dadi nana nani taya tayya sarparast chachi tayi mumani phupha khalu
            sasur saas behnoi devar dewar jeth bhabhi bhabi bhaabi saala saali damad
            stepbrother stepsister brother-in-law sister-in-law"""
        ),
        "relative",
    ),
    "والد": "father",
    "باپ": "father",
    "ابو": "father",
    "ابا": "father",
    "امی": "mother",
    "اماں": "mother",
    "والدہ": "mother",
    "ماں": "mother",
    "شوہر": "husband",
    "خاوند": "husband",
    **dict.fromkeys(
        _w(
            """بھائی بہن چچا ماموں خالہ پھوپھی دادا دادی نانا نانی تایا سرپرست کزن چچی تائی
            ممانی پھوپھا خالو سسر ساس بہنوئی دیور جیٹھ بھابھی بھاوج سالا سالی داماد سالے"""
        ),
        "relative",
    ),
}
PERSON_CUES = _w(
    """accused suspect culprit mulzim mulzima mulziman mulzmaan ملزم ملزمہ ملزمان witness
    complainant mudai gawah گواہ مدعی مدعیہ neighbour neighbor hamsaya ہمسائے ہمسایہ teacher
    ustad qari maulvi ustani استاد قاری مولوی استانی driver rickshaw named namely called
    accomplice saathi sathi ساتھی سائل سائلہ applicant نام naam name mutabiq مطابق
    maid servant ملازمہ ملازم mulazima mulazim
    مسمی مسماہ مسمات
    petitioner killer kidnapper abductor sentenced convicted acquitted nabbed qatil qaatil قاتل
    مالک گزار
    بنام banam sarpanch سرپنچ chowkidar chaukidar چوکیدار گواہان gawahan gawahaan العارض
    منکہ minke zamindar zameendar زمیندار ڈرائیور ڈرائیوروں darinda darindah درندہ درندے
    بذریعہ bazariya bazariye دلہن دولہا dulhan dulha خواں khwan پرنسپل principal ماسٹر
    شخص shakhs کالر caller مجرم مجرمان mujrim"""
)
# Titles that stand before a name and belong to it when redacting.
NAME_TITLES = _w(
    """mst mst. mussammat musammat mussamat musammat mr mrs miss master ms haji hafiz mian
    mian chaudhry ch rana malik syed sayed rao sardar mir pir mohd md muhammad m
    مسماہ مسمات مسمی حاجی حافظ میاں چوہدری رانا ملک سید سردار میر پیر"""
)
# Parentage: "X s/o Y". The names on both sides identify.
PARENTAGE = {
    **dict.fromkeys(_w("walad wald s/o son"), "father"),
    **dict.fromkeys(_w("bint binte bint-e d/o dukhtar daughter"), "father"),
    **dict.fromkeys(_w("w/o zoja zauja zaoja wife"), "husband"),
    "ولد": "father",
    "بنت": "father",
    "دختر": "father",
    "پسر": "father",
    "زوجہ": "husband",
    "بیوہ": "husband",
    "ولدیت": "father",  # a form's "parentage:" field
    "walidiyat": "father",
    "waldiyat": "father",
}

# --- places ----------------------------------------------------------------------------------

RESIDENCE_CUES = _w(
    """r/o resident residents sakin saken sakna rehaishi rahaishi mukeem muqeem
    ساکن سکنہ ساکنہ رہائشی مقیم"""
)
# A word that starts a named place below district ("Mohalla Islampura", "village Kot Sultan").
PLACE_HEADS: dict[str, str] = {
    **dict.fromkeys(
        _w(
            """mohalla mohallah muhalla mohala mohalah mahalla mohallay mohalle
            محلہ محلے کوچہ"""
        ),
        "locality",
    ),
    **dict.fromkeys(
        _w(
            """village villages vill gaon gaaon goth basti dhok chak killi kili pind mauza mouza
            moza mauzah mouzah موضع گاؤں گاوں گوٹھ بستی ڈھوک چک کلی پنڈ گاوں"""
        ),
        "village",
    ),
    **dict.fromkeys(_w("street gali lane گلی"), "street"),
    **dict.fromkeys(_w("house plot flat مکان پلاٹ"), "house"),
    **dict.fromkeys(_w("tehsil tahsil تحصیل"), "tehsil"),
    **dict.fromkeys(_w("sector block ward"), "locality"),
}
# Words that end a place name ("Madina Town", "Gulshan Colony", "اسلام پورہ").
PLACE_TAILS = _w(
    """colony town park pura pur abad abadi nagar bazar bazaar mohalla mohallah chowk scheme
    enclave housing society kalan khurd wala wali khel zai
    کالونی ٹاؤن پارک پورہ پور آباد آبادی نگر بازار محلہ چوک سکیم اسکیم کلاں خورد والا والی خیل زئی"""
)
# Words standing between a place head and its name: "Chak No. 45", "House # 12".
PLACE_FILLERS = _w("no no. number # nambar nmbr نمبر")

# --- schools ---------------------------------------------------------------------------------

SCHOOL_HEADS = _w(
    """school schools madrassa madrasa madrasah madressa madrassah seminary academy jamia
    jamiah college maktab darul masjid mosque
    اسکول سکول مدرسہ مدرسے جامعہ اکیڈمی کالج مکتب دارالعلوم مسجد"""
)
SCHOOL_WORDS = _w(
    """government govt. govt girls boys primary middle high elementary model public grammar
    higher secondary islamia city comprehensive english medium foundation community
    lil banat lilbanat ul al tahfeez taleem quran uloom hifz
    گورنمنٹ سرکاری گرلز بوائز پرائمری مڈل ہائی ایلیمنٹری ماڈل پبلک گرامر ہائر سیکنڈری
    اسلامیہ انگلش میڈیم للبنات تعلیم القرآن قرآن العلوم علوم حفظ تحفیظ"""
)
# Every word the place and school detectors read (kept out of the ordinary-word lists).
# Ordinary words a locality's name ends with ("Garden Town", "LABOUR COLONY").
OPEN_TAILS = _w(
    """colony town park nagar bazar bazaar chowk scheme enclave society abadi
    کالونی ٹاؤن پارک نگر بازار چوک سکیم اسکیم آبادی"""
)
PLACE_WORDS = (
    PLACE_TAILS
    | frozenset(PLACE_HEADS)
    | SCHOOL_HEADS
    | SCHOOL_WORDS
    | OPEN_TAILS
    | _w(
        """mohalla mohallay mohalle muhalla gali gaon gaaon mauza mouza moza pura tehsil tahsil
        lane محلہ محلے گلی گاؤں موضع تحصیل مکان"""
    )
)
SCHOOL_ABBREVIATIONS = _w("ggps gps ghs gghs gms ggms ges gges ghss gghss gps. ghs.")
CLASS_WORDS = _w("class grade jamaat jamat standard کلاس جماعت")

# --- ages ------------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    **{
        w: n
        for n, w in enumerate(
            """zero one two three four five six seven eight nine ten eleven twelve thirteen
            fourteen fifteen sixteen seventeen eighteen""".split()
        )
    },
    **{
        w: n
        for n, w in enumerate(
            """sifr ek do teen char panch chhe saat aath nau das gyara bara tera chauda pandra
            sola satra athara""".split()
        )
    },
    **{
        w: n
        for n, w in enumerate(
            "صفر ایک دو تین چار پانچ چھ سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ".split()
        )
    },
}

# --- caste -----------------------------------------------------------------------------------

CASTE_CUES = _w(
    """caste qaum qoum qom quom biradari baradari biraderi tribe clan zaat zat family khandan
    قوم برادری ذات قبیلہ خاندان"""
)

# --- media -----------------------------------------------------------------------------------

MEDIA_WORDS = _w(
    """photo photos photograph photographs picture pictures pic pics image images video videos
    clip footage selfie tasveer tasveer tasveeren tasvir tasaveer video
    تصویر تصاویر تصویریں ویڈیو ویڈیوز فوٹو کلپ"""
)
MEDIA_ATTACHED = _w(
    """attached enclosed below above herewith see watch view posted shared uploaded
    dekhen dekhain dekhiye mulahiza mulaheza niche neeche oopar upar
    منسلک ملاحظہ دیکھیں دیکھئے نیچے اوپر"""
)

# --- words that never identify ---------------------------------------------------------------

RANKS = _w(
    """ig igp dig addl addl. rpo cpo dpo ssp sp asp dsp sdpo sho asi si hc fc lc inspector
    sub-inspector constable constables moharrir muharrir io pro dc ac cm pm minister
    magistrate judge justice officer officers sergeant chief commissioner deputy assistant
    superintendent police
    آئی جی ڈی پی او ایس ایچ او ایس پی ڈی ایس پی اے ایس آئی انسپکٹر سب کانسٹیبل محرر
    تفتیشی افسر پولیس آفیسر"""
)
# Organisations and legal words that look like names to a capitalisation rule.
INSTITUTIONS = _w(
    """cpwb cpb nadra fia fir firs ppc crpc jjsa peca pta pemra edhi rescue helpline
    bureau protection welfare punjab sindh balochistan khyber pakhtunkhwa
    islamabad pakistan pakistani gilgit baltistan jammu kashmir ajk ict kp
    court session sessions high supreme anti-terrorism atc ctd cia crime branch dolphin
    safe city emergency hospital dhq thq rhc bhu medico-legal mlo mlc chemical examiner
    geofencing cdr forensic lab pfsa cnic nic b-form crc id card
    نادرا پنجاب سندھ بلوچستان پختونخوا پاکستان عدالت سیشن
    ہائیکورٹ سپریم ریسکیو ہیلپ لائن ہسپتال"""
)
MONTHS_DAYS = _w(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday today yesterday tomorrow
    جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر پیر منگل بدھ
    جمعرات جمعہ ہفتہ اتوار آج کل"""
)

ENGLISH_FUNCTION = _w(
    """a an the of in on at to for from by with without into onto over under near after
    before during since until and or but nor so yet if then than that this these those
    there here where when while who whom whose which what why how is are was were be been
    being am has have had do does did will would shall should can could may might must not
    no yes it its he she him her his hers they them their theirs we us our you your i me my
    mine also as per via upon about against phone mobile cell contact whatsapp call tel between among along across behind beside
    through till all any both each few more most other some such only own same very just
    s o d w r"""
)

ROMAN_URDU = _w(
    """ka ki ke ko se ne mein main mai me par pe per aur or bhi hi to tou ta tha thi thay the
    hai hain hay he hy hein ho hua hui huay hue hoa hoi raha rahi rahe rha rhi gaya gayi gai
    gaye gye kar kr karna karne kiya kia kiye kiay ki kee diya dia di de dey diye liya lia
    li le lein lay wala wali walay wale walon jo jis jab tab ab phir kyun kyon kya kaun
    kon koi kuch sab sabhi yeh ye woh wo us is un in unhon unhein usay isay usne isne apni
    apne apna hum ham tum aap mera meri mere tera teri hamari hamara unki unka unke uski uska
    uske iski iska iske jin jinhon nahi nahin na mat bohat bahut bht buhat zyada kam sirf
    sath saath baad pehle pehlay dauran taraf liye liay lye kay keh k bhai ji sahib sahab
    larki larka bachi bacha bachay bachon bachi bachiyon beti beta walid walida maa baap
    ghar gali mohalla gaon shehar zila thana thane police polees afsar mulzim mulziman
    giraftar griftar grftar pakra pakar pakray pakre gaya muqadma mukadma muqaddama darj
    fir report shikayat wakia waqia waqea hadsa zyadti ziadti zulm tashadud qatl qatal
    agwa aghwa ighwa laapata lapata gumshuda ghaib zakhmi hospital aspatal ilaj taftish
    tafteesh karwai karrwai insaf adalat judge court jail hawalat riyasat hukumat sarkar
    sahi galat acha achi achay bura buri bure naya nayi purana purani bara bari bare chota
    choti chotay umar umr saal sala saala baras mahina hafta din raat subah sham waqt roz
    aj aaj kal parson abhi jaldi foran fori turant khabar news wairal viral video tasveer
    social media post share karen karein kijiye please plz pls sab log logon awam insaniyat
    khuda masoom kamsin nabaligh maasoom bechari bechara afsos sharam sharmnak
    dardnak khofnak afsosnak qabil mazammat mazmat sakht saza phansi do ek teen char panch
    school madrasa madrassa class jamat jamaat parhti parhta parhai ustad teacher
    rishtedar rishta padosi hamsaya sath dost log aadmi admi aurat khatoon mard
    bhag bhaag bhaga bhagaya le kar lekar jakar ja kar aya aayi ayi aaye aaya gaya jana ana
    bola boli bole kaha kehna kaha gaya batay bataya batayi mutabiq mutabik bayan bayaan
    taqreeban qareeb nazdeek door samne peeche upar neeche andar bahar yahan wahan jahan
    kahan kab kab se tak baghair bina magar lekin balkay ya yaani chunanche isliye kyunke
    kyunki warna agar to jaisa jaise waisa wesa itna utna kitna kitni kaisa kaise
    sho dpo asi io cpo shikayat darkhwast mamla case fir kaate bachaya bachai rescue
    samajh dekha dekhi dekh suna suni sun mila mili mile milna hasil talash zara tawajjo
    mohtaram janab mohtarma mr mrs muhtaram bhaiyo behno dosto
    apne apna apni apnay unhein inhein hamein humein mujhe mujhay tujhe kisi kisi ko har
    khayal khyal hifazat hifazit zimmedari zimmadari nazar nigrani ehtiyat ihtiyat fikr fiqr
    rakhein rakhen rakho rakhna rakha rakhi dein den do dena diya karein karen karo karna
    jayen jaen jao jana aayen aen aao ana chahiye chaiye chahye sakte sakti sakta sakein
    hoga hogi honge hon hota hoti hotay hote rehta rehti rehte raha rahi rahe rehna
    bolna bolen baat batein baatein sunen suno suna sunna samjhayen samjhaen sikhayen sikhaen
    ajnabi anjaan anjan mashkook shak khatra khatarnak mehfooz mehfuz salamat
    madad madadgar hukam hukm qanoon qanun jurm jaraim mujrim saza sazaen
    masla masle maslay soorat surat waqt halat haalat jagah maqam ilaqa ilaqe ilaaqa
    khidmat hazir haazir tayyar tayar maujood mojood qaim banaya banai bana
    shukriya meherbani mehrbani guzarish darkhwast appeal apeel ilteja
    kamyabi kamiyabi bari badi bara bada narmi sakhti barti barta jayegi jayega
    bachon bachiyon bachche bachchay larkiyon larkon walidain waldain maa-baap
    tamam sare saray sari poore pure puri kuch thoda thora zyada ziada
    """
)

URDU_FUNCTION = _w(
    """کا کی کے کو سے نے میں پر اور بھی ہی تو تھا تھی تھے ہے ہیں ہو ہوا ہوئی ہوئے رہا رہی
    رہے گیا گئی گئے کر کرنا کرنے کیا کیے کئے دیا دی دیے لیا لی لیے لے والا والی والے
    جو جس جب تب اب پھر کیوں کیا کون کوئی کچھ سب یہ وہ اس ان انہوں انہیں اسے اپنی اپنے
    اپنا ہم تم آپ میرا میری میرے ہماری ہمارا اس کی ان کا جن نہیں نہ مت بہت زیادہ کم
    صرف ساتھ بعد پہلے دوران طرف لئے لیے کہ جبکہ جہاں وہاں یہاں کہاں تک بغیر لیکن مگر
    یا یعنی اگر جیسا جیسے ایسا ایسے اتنا کتنا کیسے نیز چنانچہ البتہ جناب محترم محترمہ
    عمر سال سالہ ماہ روز دن رات صبح شام وقت تاریخ بتاریخ مورخہ ہمراہ بمقام مقام نمبر
    مقدمہ مقدمات درج ایف آئی آر رپورٹ شکایت درخواست واقعہ وقوعہ زیادتی زبردستی قتل اغوا
    اغواء لاپتہ گمشدہ زخمی ہسپتال علاج تفتیش کارروائی انصاف عدالت جج جیل حوالات
    گرفتار گرفتاری ملزم ملزمان ملزمہ پولیس تھانہ تھانے افسر اہلکار اہلکاروں شہری شہر
    ضلع ضلعی صوبہ صوبائی علاقہ علاقے گھر بچی بچہ بچے بچوں لڑکی لڑکا بیٹی بیٹا والد
    والدہ والدین باپ ماں بھائی بہن رشتہ دار رشتہ دار ہمسایہ ہمسائے محلے دار
    معصوم کمسن نابالغ طالبہ طالب علم اسکول سکول مدرسہ جماعت کلاس استاد
    خبر ویڈیو تصویر سوشل میڈیا پوسٹ شیئر کریں کیجئے براہ کرم سخت سزا مطالبہ اپیل
    حکومت سرکار ریاست لوگ عوام انسانیت افسوس شرم ناک افسوسناک قابل مذمت
    فون موبائل رابطہ واٹس ایپ بیان مطابق بتایا کہا کہنا تقریبا قریب نزدیک دور سامنے پیچھے اوپر نیچے اندر باہر
    ایک دو تین چار پانچ چھ سات آٹھ نو دس ہوگیا ہوگئی ہوچکا ہوچکی چکا چکی چکے
    لے جا کر آیا آئی آئے جانا آنا گئیں دیکھا سنا ملا ملی ملے حاصل تلاش ذریعے
    دفعہ زیر تحت بابت سلسلے سلسلہ حوالے متعلق خلاف حق میں نامعلوم افراد شخص شخصوں
    مرد عورت خاتون بزرگ نوجوان دوست ملازم مزدور ڈرائیور رکشہ موٹر سائیکل گاڑی
    فوری فوراً جلد روزانہ اطلاع موصول ٹیم ٹیموں تشکیل ریڈ چھاپہ برآمد بازیاب بازیابی
    """
)

# Residence said after the place: "Kot Sultan ka rehne wala", "نشاط آباد کا رہائشی".
RESIDENCE_AFTER = _w(
    """rehne rehnay rahne rehnewala rehaishi rahaishi rehaish basi baashinda
    رہنے رہائشی رہائش باشندہ باشندے مکین"""
)
GENITIVE = _w("ka ki ke kay kee کا کی کے")

# Words that are ordinary Roman Urdu and also common names ("umar" = age, Umar; "dua" = prayer,
# Dua; "talib" = student, Talib): a name when capitalised in mixed-case text or next to a cue.
# Ordinary words that are also common names (a reviewer's list from general knowledge of
# Pakistani names, 2026-11-29): stop words, yet they may be part of a name next to a cue, a
# case marker or another name ("نظر محمد", "Imdad Ali", "جان محمد کو").
AMBIGUOUS = _w(
    """umar umer dua zara talib nawab sultan sahib insaf aman noor khushi عمر دعا
    nazar nazr zahir imdad hidayat himayat manzar maroof intezar intizar
    din deen riyasat salamat mohabbat badshah roshni samandar nabi
    نظر نذر ظاہر منظر معروف محبت بادشاہ روشنی سمندر دین نبی نظام ریاست سلامت
    ہدایت انصاف آزاد محفوظ حاصل مبارک فاضل azad mehfooz mahfooz hasil mubarak fazil"""
)
# Small words inside names: "Moin ud Din", "Noor-e-Jahan", "Zia ul Haq", "Abdullah bin Ali".
NAME_PARTICLES = _w("ud ul ur us al e bin ibn un")
COPULAS = _w("is was hai hain tha thi the ہے ہیں تھا تھی تھے")
DEMONSTRATIVES = _w("ye yeh yah this یہ")

# Pure grammar: words that can never be part of a name or a place name, in any of the three
# forms. Runs of "anything but grammar" are read as names where capitals say nothing (Urdu
# script, ALL CAPS, small letters) and a place word or a cue stands next to them.
GRAMMAR = ENGLISH_FUNCTION | _w(
    """ka ki ke kay kee ko se ne mein main mai me par pe per aur or bhi hi to tha thi thay the
    hai hain hay ho hua hui jo jis ye yeh woh wo us is un in tak sath saath liye keh k
    walay wale walon ny sy
    کا کی کے کو سے نے میں پر اور بھی ہی تو تھا تھی تھے ہے ہیں ہو ہوا ہوئی ہوئے جو جس یہ وہ
    اس ان تک ساتھ لیے لئے کہ"""
)
# Oblique and plural kin words that, like CHILD_CUES, stand before the child's name.
CHILD_CUES_OBLIQUE = _w(
    """بیٹے بچے بیٹی بچی لڑکے لڑکوں لڑکیوں bete bache betay bachay larke larkay پوتے نواسے
    بھتیجے بھانجے pote potay nawase
    nawasay bhateeje bhatije bhanje"""
)
# Nouns of what was done to a person, after the genitive or the object marker: "X کے اغوا",
# "X کو قتل", "X ke ghar", "X ko agwa": the X is a person.
PERSON_AFTER = _w(
    """اغوا اغواء قتل زیادتی تشدد گھر گھرانے والد والدہ والدین اہل ورثا بازیاب بازیابی گرفتار
    گرفتاری لاش خلاف کہنا موت تلاش شناخت قاتل قاتلوں نام الزام گمشدگی ہلاکت رہائی
    agwa aghwa ighwa qatl qatal ziadti zyadti tashadud ghar gharwalon laash lash bazyab
    bazyabi giraftar giraftari khilaf kehna maut talash qatil qaatil walidain naam ilzam
    gumshudgi
    قبضے قبضہ ڈیرے ڈیرہ ڈیرا دکان ورکشاپ حویلی ہمراہ وکیل کپڑے نشاندہی qabze qabzay dere
    dera dukan haveli hamrah humrah wakeel wakil kapre kapray nishandahi
    بیان درخواست ضمانت سزا وکلا مؤقف موقف جسم تصویر تصاویر ویڈیو طبی میڈیکل پوسٹ شک
    bayan biyan darkhwast darkhast zamanat saza sazaa tasveer tasweer video tibbi medical
    shak گاڑی بیٹھک قید gari gaari gaadi baithak bethak qaid تاوان tawan tawaan حوالگی جنازہ
    جنازے تدفین مقدمہ مقدمے عیادت hawalgi janaza janazay janaze tadfeen muqadma muqadmay
    muqadme ayadat iyadat نکاح شادی کمرے کمرہ ہاتھ nikah nikkah shadi shaadi kamre kamray
    فرد fard"""
)
# Words after a name that say it is one: "اکرم نامی شخص", "Akram naami larka".
AFTER_NAME_CUES = _w("نامی naami nami namee")
# An alias: names on both sides ("Aslam alias Chhota", "اسلم عرف چھوٹا").
ALIAS = _w("alias urf urff عرف")

# More ordinary Urdu (script and Roman) of news, police and social-media writing, so that a
# word outside the lists is more likely a name: the model is asked about fewer words, and its
# guesses on ordinary words are dropped. Words that are also common names (امن، نور، جنت، قمر،
# عظمت، زمان، شریف، صابر، ناظم ...) are left out on purpose.
URDU_COMMON = _w(
    """الزام الزامات نمائندہ نمائندے ملاقات فارم واقعے واقعات وقوعے اطلاعات ذرائع رپورٹر
    صحافی صحافیوں پریس کانفرنس بیانات تحقیقات تحقیق انکوائری کمیٹی حکام اہلکار افسران سربراہ
    ترجمان وزیراعلی وزیراعظم اعلی نوٹس حکم احکامات ہدایت ہدایات مجرم مجرموں جرم
    جرائم سزائے موت پھانسی قید جرمانہ ضمانت ریمانڈ جسمانی جوڈیشل عدالتی مجسٹریٹ پیشی مقدمے
    کیس کیسز ثبوت شواہد گواہی گواہان میڈیکل پوسٹ مارٹم لاش نعش جسم زخم زخموں تشدد جنسی
    ہراسانی بدفعلی ہراساں اغواکار اغوا کار مغوی مغویہ تاوان رقم روپے ہزار لاکھ کروڑ پیسے
    گاڑی موٹرسائیکل کار بس سڑک راستے راستہ کوچے دکان دکاندار مارکیٹ ہوٹل فیکٹری کارخانہ
    بھٹہ بھٹے کھیت کھیتوں فصل نہر دریا تالاب کنواں جنگل پہاڑ میدان گراؤنڈ مدرسے کالج
    یونیورسٹی اسپتال کلینک ڈاکٹر نرس طبی امداد ایمبولینس فائر بریگیڈ پانی بجلی گیس آگ
    دھماکہ حادثہ حادثے ٹریفک ڈوبنے ڈوب گم گمشدگی گمشدہ برآمدگی رہائی آزادی حراست تحویل لاک
    اپ خاندان خاندانوں گھرانہ ورثاء رشتے داروں پڑوسی پڑوسیوں داروں شہریوں افراد آدمی
    عورتوں خواتین مردوں بچیاں بچیوں لڑکیاں لڑکیوں لڑکوں نوجوانوں بچپن پڑھائی امتحان
    کتاب کتابیں ٹیچر پرنسپل ہیڈ ماسٹر وین ملازمہ ملازمین نوکر نوکرانی گھریلو مزدوری محنت
    کام روزگار غربت قرض پیسوں جائیداد زمین تنازع تنازعہ جھگڑا دشمنی رنجش بدلہ انتقام غیرت
    اقدام خودکشی زہر فائرنگ گولی گولیاں پستول اسلحہ چھری چاقو ڈنڈا ہتھکڑی چھاپے ناکہ گشت
    آپریشن مقابلہ مقابلے ہلاک جاں بحق شدید حالت تشویشناک وائرل فیس بک ٹویٹر واٹس ایپ
    تصاویر خبریں اخبار چینل ٹی وی اطلاعات مطالبات احتجاج مظاہرہ دھرنا ریلی ظلم مظلوم متاثرین
    سانحہ المیہ دکھ غم مذمت ازخود چیف جسٹس کورٹ انتظامیہ ڈپٹی کمشنر اسسٹنٹ چیئرمین کونسلر
    کیے ہوگیا دیے کرتا کرتی کرتے کریں کرے کرو کرلیا کرلی نکلا نکلی نکلے نکال نکالا نکالی
    بتائی بتاتے بتانا کہتے کہتی کہنے سنی دیکھی دیکھے دیکھ پہنچا پہنچی پہنچے پہنچایا پہنچائی
    منتقل روانہ واپس لوٹا لوٹی لوٹے آتا آتی آتے جاتا جاتی جاتے جانے جارہی جارہا رہتا
    رہتی رہتے کھیل کھیلتے کھیلنے کھیلتی کھیلتا پڑھتی پڑھتا پڑھتے پڑھنے لکھا لکھی بولا بولی
    بولے مارا ماری مارے مار پیٹا پیٹی مارپیٹ بھاگ بھاگا فرار پکڑا پکڑی پکڑے چھوڑ
    چھوڑا چھوڑی بچا بچایا بچائی بچانے ملنے ملتی ملتا شروع ختم جاری کرایا کرائی کروایا کروائی
    کرانے رکھا رکھی رکھے رکھ لیں دیں بنایا بنائی بنا بنی بنے ہونے ہونی ہوتی ہوتا ہوتے
    تھیں کرے گا گی گے سکا سکی سکے سکتا سکتی سکتے چاہیے چاہئے دیا جائے جائیں جاتا ہے ہوں
    نواحی قریبی مقامی ابتدائی مزید دوسرے دوسری پہلی پہلا آخری تیسرے
    بڑی بڑا بڑے چھوٹی چھوٹا چھوٹے معمولی سخت بعدازاں گزشتہ دوپہر ہفتے مہینے گھنٹے منٹ پرسوں
    اچانک مبینہ طور سمیت علاوہ باوجود بارے نام ننھی ننھے ننھا بدقسمت مقتول مقتولہ مقتولین
    ملزموں روتے ہوئے دلایا دلائی دلانے اپیل گزارش شیئر پھیلائیں لالچ مٹھائی بلایا بلائی
    لوٹی ڈوبا ڈوبی ڈوبے چھٹی بیورو پروٹیکشن چائلڈ سرعام شناختی مدعیت ملاقات قید خانے
    رہنے والا والی والے ہوگئی ہوگئے ہو گئی ہو گیا گئیں لگا لگی لگے لگایا لگائی اٹھایا اٹھائی
    اٹھا لے گیا گئی کھانا کھانے کپڑے جوتے بستہ وردی
    مرکزی آزاد اڈے اڈا واپسی روانگی آمد کوشش کوششیں ضرورت ضروری اہم اہمیت مسئلہ مسائل
    حل فیصلہ فیصلے اعلان اجلاس منعقد تقریب شرکت شریک حصہ حصے ذمہ دار ذمہ داری کردار
    سلسلہ وجہ باعث نتیجہ نتیجے صورتحال حالات خطرہ خطرے خوف ہراس سامنا مشکل مشکلات
    سہولت سہولیات انتظام انتظامات نظام قانون قوانین قانونی غیر قانونی سرکاری نجی
    شہری دیہی علاقائی ملکی عالمی قومی صوبے صوبوں اضلاع ضلعوں شہروں دیہات گاؤں بستیوں
    سڑکوں گلیوں بازاروں مکانات گھروں عمارت عمارتوں دفتر دفاتر تھانوں ہسپتالوں سکولوں
    مدارس طلبہ طالبات اساتذہ والدین بچوں خاندانوں شہریوں اہلکاروں افسروں ملزمان مجرموں
    رپورٹس درخواستیں شکایات مقدمات واقعات وارداتیں واردات وارداتوں جرائم تحقیقات
    گرفتاریاں کارروائیاں چھاپوں اقدامات انکشاف ملوث مبینہ مشتبہ مطلوب اشتہاری روپوش
    تعاون مدد حمایت مخالفت تنقید مطالبے مطالبات احتجاجی مظاہرین شرکا عوام طبقے لوگوں
    زندگی موت جان جانیں جسمانی ذہنی نفسیاتی تعلیمی طبی معاشی سماجی معاشرتی معاشرے معاشرہ
    ٹیم ٹیمیں عملہ عملے اہلخانہ اہل خانہ رشتہ داروں قریبی محلہ داروں پڑوسیوں دوستوں
    صبح سویرے رات گئے دن دیہاڑے دوپہر کے شام کے بعد ازاں بالآخر فوری طور آخرکار تاہم
    البتہ دوسری جانب جانب سمت طرف قریب نزدیک فاصلے کلومیٹر میٹر منٹوں گھنٹوں دنوں
    ہفتوں مہینوں برسوں سالوں عرصے عرصہ دوران بعد پہلے پچھلے اگلے آئندہ موجودہ سابق
    خاص عام معمول معمولات روزمرہ مختلف متعدد کئی چند تمام ہر کوئی کسی
    تاحال ورثا ورثہ موقع موقعے جائے تفصیلات تفصیل معلومات مشتبہ مشکوک شبہ شک نامزد نامعلوم"""
)
ROMAN_COMMON = _w(
    """shaam khelte khelne khelti kheltay padhne parhne parhti parhta kaam mazdoori
    dukaan dukan dukandar sadak rasta raste rastay nehar nahar khet kheton maut zakhmi
    gari gaari gaadi car rickshaw bike motorcycle mithai lalach chhapa chapa mara maara marna
    peeta pitai istri garam dafa hawalaat remand zamanat faisla phansi jurmana ehtijaj
    mutalba insaaf dharna rally protest abbu ammi amma abba bachay bachon kal parson aaj
    subah dopahar raat ghanton minute mahinay saalon dost doston rishtedaar rishtedar
    padosi padosiyon mohallay mohalle walay wale gaon gaaon shehar zila tehsil thanay
    police wala giraftari bazyabi talash laash lash qatil jaan bahaq halak mulzimaan
    ittila ittilah di jati jaata jata jati jaati gayi gai gaye hui hue hua gaya tha thi
    raha rahi rahe karwaya karwai karwana karai karaya mila mili milay dekha dekhi suna
    wapas wapis aayi ayi aaya aya laut lauta gumshuda lapata ghaib kho khoya khoi rabta
    raabta karein karain kren karo rahay hain hai hy share plz please zaroor zarur
    madad mashkook shakhs naami namee afraad log logon bohat bahut sakht saza mile
    chahiye chahye jald jaldi abhi tak azad faraar farar mafroor bhaag bhaga khatam chuke
    chuka chuki kare karay dekhe dekhay waris warsa shikaar shikar bazyab uthaya uthai
    uthaye karta karti karte
    pata gayab ghayab ghaib chutti chhutti aik jisko jisey jise jiske jiski jiska isko usko
    inko unko tashaddud pohanchi pohancha pohanch pohnchi pohncha nishandahi kapre kapray
    kaprey baramad lenge lengay denge dengay dhamkiyan dhamki dhamkiyon dhamkata dhamkaya
    dere batayen bataen bataye batain batao jante jaante jantay achha achhi achhe acha achi
    chorna chhorna chhoro choro roro rote rotay rona peecha picha peechha toffee tofee utha
    uthaya uthaa kehte kehtay kehti nazuk haal ilzam ilzamat chalenge challenge elan ailan
    tawan tazad zakhm zakhmon muashray muashra muashre chala chali chalay bulaya bulayi
    tibbi muaina muayna karwa karwaya karwai intezar namzad muntaqil hamare hamara hamari
    supurdagi khandan khandaan jirga jirgay faislay faislon manne manna inkar milni milna
    mila mili hath hathon qasoor qusoor darindon darinda darinde sar-e-aam aam taqreeban
    lapata lapta dekha dekhi dekhe dekhna taliba ilm parhta parhai tuition
    madad zaroorat zarurat mutasir mutasira mutasirah ghairat izzat-dar tehqiqat tafteesh
    tafteeshi baramadgi zamanat hirasat giraftari mujrim mujrimon saza sazaa sazaye qaid
    umar-qaid bariyat muqadma muqadmay mukadma adalat adalaton sessions wakeel wakil
    gawahi jirah bayan bayanat darj kiya kiye gaya gayi gaye raha rahi rahe hua hui huay
    zinda jala jalaya jalana laash maqtool maqtoola qatl khoon khooni farar rupposh
    ishtehari muqabla muqablay hawala hawalay raabta rabta ittila ittilaa shukriya shukar
    dua-go share karen karein kijiye plz please bhaiyon behno dosto saathiyon sab log
    logon kisi koi kuch bohat bohot bahut zyada kam pehle baad phir abhi tak bhi sirf
    wala walay wale walon galiyon mohalle ilaqa ilaqay ilaqe nawahi qareeb
    shehar sheher gaon gaaon dehat dehaat madrassay class jamaat
    kamra kamre kamray band tala darwaza chhat chat ghar gharon khana pani dawai hospital
    doctor doctron nurse ambulance rescue tibbi-muaina report reporton sabr-o-tahammul
    bechari bechara masoomon kamsin nabaligh nabalig kamumar kam-umar sotela sotele
    soteli devar dewar jeth saali behnoi hamsaye pados padosi padosiyon dost doston
     bande shakhs shakhas aadmi admi aurat auraten larka larki larkay larkiyan
    naujawan nojawan buzurg bacha bachi bache bachiyan bachiyon pareshan pareshani khauf
    haras sadma sadmay halat halaat tabiyat behosh hosh dard takleef ro chillaya cheekh
    cheekhain awaz shor"""
)
# English words of police forms and reports that are rare in general English.
ENGLISH_POLICE = _w(
    """parentage particulars labourer labourers complainant complainants accused abductor
    abductors rapist molester enticed abducted molested sodomised sodomized heartbroken
    medico mlc fir firs challan remand bail"""
)

# General Urdu vocabulary: the most frequent words of wordfreq's Urdu list (news, web and
# subtitles; CC BY-SA 4.0) that are not names, picked by hand. Anything that is also a personal
# name (محمد، نور، امید، عزیز ...), a place-name part (آباد، پور، ٹاؤن، پاک، مسلم) or a country or
# city was left out, so this list can only say "ordinary word", never hide a name.
URDU_GENERAL = _w(
    """تحفظ تحفظات و بات دے بے طرح بن دنیا کیلئے خود صاحب اسی مجھے شامل ہمارے استعمال سی وسلم پاکستانی
    پاس نظر پیدا موجود ء ہوگا بار پارٹی پیش کبھی حضرت ہمیں امریکی دینے علیہ خدا کیونکہ
    تحریک دل یہی انسان فوج دیگر اردو دونوں صدر آ جواب والوں سو سیاسی لیگ ہاتھ
    عمل تعالی جنگ کس دیتے صلی ممالک پوری اسلامی ایسی بنانے تعلق خوش زبان مل آنے بلکہ دہشت
    سر سیاست مکمل بھر ہونا اسمبلی بند تعداد درمیان قبل یاد آف ابھی ثابت جگہ الیکشن
    ترقی فلم کہیں خیال کردیا بہتر حال مولانا رہ سوال کرکے دیتا ہوگی انتخابات اختیار ذکر
    محبت چیز ہمیشہ آگے بعض جسے مسلمان کہہ السلام جنرل نئے وغیرہ سطح قسم وہی ادا قرار چاہتے
    علاقوں فی مسلمانوں کرکٹ بنیاد تیار فرمایا لینے پسند یقین آغاز اصل حدیث کامیاب
    دینا رکھنے صحیح صورت پورا ہاں باقی تر حملہ رکھتے ضرور نیوز گردی آواز ادارے بین
    رہیں سفر سمجھ اچھی بہترین نا نبی پورے یوں انسانی بنیادی شمار پہنچ کافی کامیابی
    آخر تعمیر غلط نماز چاہتا بجائے تعلقات دوبارہ سن قبول قیام کمیشن از الفاظ حد
    حقیقت حیثیت دین ذریعہ صاف فیصد مجھ مذہبی میچ واقع تاکہ جمع حقوق راہ اظہار باتیں بڑھ
    تا تمہارے خون ظاہر قیادت معلوم وطن ووٹ ڈال کمپنی الگ اکثر تقسیم رنگ شاید شکست چلا
    اتنی اثر اداروں اچھا حملے لا لفظ منہ انجام انداز تبدیلی حساب خطاب رائے ساری صحت مذہب
    مقصد ویب اقوام تمہیں جدید داخل دوسرا زندہ فراہم چل دشمن دیکھنے لگ لیتے منتخب چلے
    کردہ گفتگو ارب اضافہ انھوں روایت سا مشہور مطلب نکل وزارت ہاتھوں سارے شکل پہ کمی کونسل
    اجازت طاقت پتہ انتہائی بلند بیوی تبدیل تنظیم سوچ شائع محفوظ حکمران درست قدم ممکن نیا
    پیغام کردی آئیں امیدوار بننے حلقہ خدمت دیتی دیر مغربی گنتی جمہوریت درجہ رکن
    زمانہ شدہ لگتا محکمہ مشتمل پڑا کھڑے ادب بالکل تازہ جنہوں مثال مرتبہ معروف نتائج
    نقصان پارلیمنٹ گروپ گناہ احساس جانتے علامہ فائدہ معنی مقرر منظر چاہے کررہے گرد بینک
    روک سمجھتے غریب فکر نیشنل پروگرام چونکہ کرپشن کلام کہانی کہتا بندی خدمات خوب عہد مال
    متاثر مہم ناکام انھیں خواہش خوبصورت رہنما فرق لیئے مستقبل نسل واضح پس آنکھوں اقتدار
    انتخابی اچھے اگرچہ بطور بیٹھے تحریر شاعری لہذا محسوس مرکز وفاقی ادھر تباہ تربیت دفاع
    دیکھتے رکھتا ریکارڈ سماعت شکار طریقہ طلب طویل قیمت موسم بادشاہ تصور خط روح رکھنا
    زمانے سائٹ مالک ماہرین منصوبہ ٹھیک کرنی کروں ہزاروں آسان اعتماد انتخاب جیت جیسی حفاظت
    رکھیں سمجھا لیڈر مثلا نقل نہایت وجود ارکان انکار اول بیٹھ حج شخصیت لینا مشترکہ پایا
    پوچھا پڑھ کاری کھڑا یونین اپوزیشن بدل برائے تاریخی جاسکتا خصوصی دورہ شاعر لحاظ کنٹرول
    احتساب انگریزی برس ترجمہ توجہ جہاز روشنی روڈ عربی قربانی مخصوص مسلسل مضمون ادارہ اولاد
    بجے حضور درد زائد سوا پروفیسر اتنے انقلاب برداشت خاطر دوسروں سبب سمندر سنت طرز لگانے
    مخالف مضبوط ورنہ وسیع پائی پڑتا ہوجائے بری خراب شعبہ عبادت عملی معاملہ مقامات موضوع
    گورنر یافتہ یوم انتظار باتوں خارجہ دعوی دم ذاتی روزہ شرح صحابہ غور قسمت قوت ٹیسٹ
    پائے کپ کپتان کیں گروہ آئین آرمی بازی بد بنائے تمہاری جماعتوں خطے قبضہ مجلس مجموعی
    معاہدے نمایاں کھلاڑی گزر ھے اسکے اصول بیس تعریف توڑ جانتا دینی سائنس فہرست نشان وعدہ
    پڑ چہرے اتفاق امور اندازہ برابر تکلیف حرام زور صدی لکھ مالی نامہ پابندی افواج بارش
    برقرار جدوجہد خالی مصروف متعلقہ وکیل اوقات بم بنانا جمہوری حامل خاتمہ دعوت ریاستی
    شہادت طے علمی غلطی مجبور مسترد مشرقی"""
)

# More ordinary Urdu of police, court and social-media writing (verbs, nouns and loanwords that
# wordfreq's list has too rarely, or that B's list left out), checked by hand to hold no personal
# name and no place-name part: without them the rules and the model take them for names.
URDU_NEWS = _w(
    """من انسداد دارالامان ڈنڈوں عالی میڈیکو لیگل مضروب مضروبہ مضروبی کریک ڈاؤن بجرم کلب تعین تعیناتی موجودگی مالکن مالکان مہتمم معقول مناسب ریسٹرینٹ میرج ایکٹ شبہ بحفاظت فریقین سول گندمی گورا گچھ چھڑی تیزاب حلفا حلفاً خبردار زنجیروں جووینائل صلح واگزار بسیار فیملی داغا چنگل کارکردگی اطلاعی ساتھیوں برہمی پراسرار پتنگ ڈور لاوارث سوگواران نامے حدود بعمر فاضل بوقت منگواتا لمس بھٹوں گروپوں رونگٹے دائر کاروں شاباش کھلے ایدھی ملبے تلے تاخیر سالگرہ مبارک دولہے مہلت اینٹوں مخبر کیمروں معمہ ٹینک نقشہ درندوں ریلیز آوارہ کتوں ہذا سربراہی ورزی حاضری ریمارکس بیرون کالیں راضی اسلحہ ننھیال چیمبر سسٹم مشاہداتی ناقص مرتب ماہانہ شیشے وانا للہ راجعون الیہ
    نواح رنگے ہاتھوں اطمینان عدم حوالگی جرگے جرگہ تضاد شکر ٹافی ٹافیاں الرٹ پلیز ایڈیشنل بھائیو بہنو دوستو
    معائنہ موقف چیلنج ماننے کروا کروایا کرائی ورغلا ورغلایا ورغلانے دھمکایا دھمکیاں
    دھمکی دھمکاتا نازیبا سوتیلے سوتیلی سوتیلا دیور جیٹھ بھابھی جلا جلایا جلانے بتائے بتایا
    تنگ گروپس گروپ تقریبا گھوم نازک برا بری امی ابو ابا پیچھا جرح اعلی کمرے کمرہ
    ٹیوشن نشانہ نکاح شیئر فارورڈ وائرل ویڈیوز تصاویر لالچ بہلا پھسلا کر بہانے ملزمہ
    گھسیٹ گھسیٹا دبوچ دبوچا چیخ چیخیں شور مچایا مچا بھاگ بھاگا بھاگے فرار روپوش اشتہاری
    چھاپہ چھاپے چھاپوں ریڈ کارروائی حراست ریمانڈ جوڈیشل جسمانی سپرد تفتیشی تفتیش
    تحقیقات سی سی ٹی وی فوٹیج شواہد ثبوت فرانزک ڈی این اے میڈیکل رپورٹ پوسٹ مارٹم
    ایف آئی آر درج دفعہ دفعات تعزیرات زیر حوالات جیل سزائے بریت بری مجرم مجرموں
    دفاع استغاثہ پراسیکیوٹر سماعت ملتوی فرد جرم عائد گواہان شہادتیں جرمانہ عمرقید
    واقعہ واقعے سانحہ سانحے افسوسناک دلخراش لرزہ خیز انسانیت سوز درندگی درندہ درندے
    وحشیانہ سفاک سفاکانہ بہیمانہ جنسی ہراساں ہراسانی بدسلوکی زیادتیوں تشدد مارپیٹ
    لہولہان بیہوش بے ہوش تشویشناک زخمی زخموں نیم مردہ جاں بحق دم توڑ توڑ دیا نعش
    نعشیں ورثاء احتجاج مظاہرہ دھرنا سڑک بلاک ٹائر نذر آتش مطالبہ انصاف فراہمی یقین دہانی
    نوٹس ازخود طلب رپورٹ آئی جی ڈی آئی جی سی پی او آر پی او ایس ڈی پی او تفتیشی افسر
    ریسکیو ایمبولینس اسپتال ہسپتال منتقل طبی امداد علاج معالجہ ڈاکٹروں نرس وارڈ ایمرجنسی
    اسکولوں مدارس قاری صاحبان معلم کلاس جماعت چھٹی ٹیوشن سینٹر
    کھیلتے کھیلنے کھیل رہی رہا رہے پڑوس پڑوسی پڑوسیوں ہمسایوں دکاندار دکان
    چیز خریدنے سودا سلف واپسی راستے راستہ سنسان کھیتوں کھیت فصل گنے کماد جھاڑیوں
    ویرانے نالے نالہ نہر کنویں ٹیوب ویل حویلی بیٹھک مویشی چارہ"""
)
