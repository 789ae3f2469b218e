"""Shared text pieces: clinical vocabulary, quoting and forwarding styles."""
import datetime

from gen_common import fmt_dt

# clinical vocabulary: (fr, en)
DX = {
    'dev': [("retard global de développement", "global developmental delay"),
            ("trouble développemental du langage", "developmental language disorder"),
            ("suspicion de trouble du spectre de l'autisme", "suspected autism spectrum disorder"),
            ("TDAH, présentation combinée", "ADHD, combined presentation"),
            ("trouble développemental de la coordination", "developmental coordination disorder")],
    'tsa': [("trouble du spectre de l'autisme (TSA), niveau 1 de soutien", "autism spectrum disorder (ASD), level 1 support"),
            ("TSA niveau 2, avec trouble du langage associé", "ASD level 2 with associated language impairment"),
            ("TSA niveau 3 avec déficience intellectuelle", "ASD level 3 with intellectual disability"),
            ("TSA sans déficience intellectuelle; TDAH associé", "ASD without intellectual impairment; co-occurring ADHD")],
    'neo': [("ancien prématuré de 27 semaines, dysplasie bronchopulmonaire", "former 27-week preterm infant with bronchopulmonary dysplasia"),
            ("ancienne prématurée de 29 semaines, rétinopathie du prématuré stade 2", "former 29-weeker, retinopathy of prematurity stage 2"),
            ("hémorragie intraventriculaire grade III à gauche", "grade III intraventricular haemorrhage, left"),
            ("encéphalopathie hypoxique-ischémique modérée (hypothermie thérapeutique)", "moderate hypoxic-ischaemic encephalopathy (cooled)"),
            ("leucomalacie périventriculaire", "periventricular leukomalacia")],
    'endo': [("diabète de type 1", "type 1 diabetes"),
             ("déficit en hormone de croissance", "growth hormone deficiency"),
             ("puberté précoce centrale", "central precocious puberty"),
             ("hypothyroïdie congénitale", "congenital hypothyroidism"),
             ("hyperplasie congénitale des surrénales", "congenital adrenal hyperplasia"),
             ("syndrome de Turner", "Turner syndrome")],
    'neuro': [("épilepsie-absences de l'enfance", "childhood absence epilepsy"),
              ("épilepsie focale structurelle", "structural focal epilepsy"),
              ("syndrome de Dravet", "Dravet syndrome"),
              ("migraine sans aura", "migraine without aura"),
              ("paralysie cérébrale, hémiplégie droite", "cerebral palsy, right hemiplegia"),
              ("syndrome de Gilles de la Tourette", "Tourette syndrome")],
    'gi': [("maladie de Crohn iléo-colique", "ileocolonic Crohn's disease"),
           ("colite ulcéreuse", "ulcerative colitis"),
           ("maladie cœliaque", "coeliac disease"),
           ("œsophagite à éosinophiles", "eosinophilic oesophagitis"),
           ("fibrose kystique avec insuffisance pancréatique", "cystic fibrosis with pancreatic insufficiency"),
           ("retard staturo-pondéral", "failure to thrive")],
}
MED = {
    'endo': [("insuline glargine 12 unités HS et lispro selon ratio 1:15", "insulin glargine 12 units HS and lispro 1:15 carb ratio"),
             ("somatropine 0,9 mg SC die", "somatropin 0.9 mg SC daily"),
             ("leuprolide 11,25 mg IM q3 mois", "leuprolide 11.25 mg IM q3 months"),
             ("lévothyroxine 37,5 mcg die", "levothyroxine 37.5 mcg daily"),
             ("hydrocortisone 3 mg TID + fludrocortisone 0,1 mg", "hydrocortisone 3 mg TID + fludrocortisone 0.1 mg")],
    'neuro': [("lévétiracétam 250 mg BID", "levetiracetam 250 mg BID"),
              ("éthosuximide 250 mg BID", "ethosuximide 250 mg BID"),
              ("valproate 200 mg BID", "valproic acid 200 mg BID"),
              ("clobazam 5 mg HS", "clobazam 5 mg HS"),
              ("midazolam intranasal 5 mg PRN si crise > 5 min", "intranasal midazolam 5 mg PRN for seizure > 5 min"),
              ("méthylphénidate (Biphentin) 20 mg le matin", "methylphenidate (Biphentin) 20 mg qAM")],
    'gi': [("infliximab 5 mg/kg q8 sem", "infliximab 5 mg/kg q8 weeks"),
           ("adalimumab 40 mg SC q2 sem", "adalimumab 40 mg SC q2 weeks"),
           ("azathioprine 50 mg die", "azathioprine 50 mg daily"),
           ("PEG 3350, 17 g die", "PEG 3350, 17 g daily"),
           ("oméprazole 20 mg die", "omeprazole 20 mg daily"),
           ("budésonide 9 mg die", "budesonide 9 mg daily")],
}
LAB = {
    'endo': [("HbA1c 9,4 %", "HbA1c 9.4%"), ("TSH 48 mU/L, T4 libre 6 pmol/L", "TSH 48 mU/L, free T4 6 pmol/L"),
             ("IGF-1 45 µg/L (< -2 ÉT)", "IGF-1 45 µg/L (< -2 SD)"), ("pic de LH 9,8 UI/L au test LHRH", "peak LH 9.8 IU/L on GnRH stimulation"),
             ("17-OHP 85 nmol/L", "17-OHP 85 nmol/L")],
    'gi': [("calprotectine fécale 1 240 µg/g", "faecal calprotectin 1,240 µg/g"), ("anti-transglutaminase IgA > 128 U/mL", "anti-tTG IgA > 128 U/mL"),
           ("CRP 38 mg/L, albumine 28 g/L", "CRP 38 mg/L, albumin 28 g/L"), ("ferritine 5 µg/L, Hb 94 g/L", "ferritin 5 µg/L, Hb 94 g/L"),
           ("test de la sueur : chlorure 92 mmol/L", "sweat chloride 92 mmol/L")],
    'neuro': [("EEG : pointes-ondes généralisées 3 Hz à l'hyperventilation", "EEG: generalised 3 Hz spike-wave on hyperventilation"),
              ("taux de valproate 38 mg/L (sous-thérapeutique)", "valproate level 38 mg/L (subtherapeutic)"),
              ("IRM : dysplasie corticale frontale droite", "MRI: right frontal cortical dysplasia")],
}


def L(pair, lang):
    return pair[0] if lang == 'fr' else pair[1]


def pick(ctx, table, key, lang):
    return L(ctx.choice(table[key]), lang)


# ---------------------------------------------------------------- quoting

def quote_gt(ctx, lang, who, when, text):
    if lang == 'fr':
        head = ctx.choice([f'Le {fmt_dt(when, "fr")}, {who} a écrit :',
                           f'{who} a écrit le {when:%Y-%m-%d} à {when:%H:%M} :'])
    else:
        head = f'On {fmt_dt(when, "en")}, {who} wrote:'
    body = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    return f'{head}\n{body}'


def quote_outlook(ctx, lang, who, who_addr, to, when, subject, text):
    if lang == 'fr':
        h = (f'De : {who} <{who_addr}>\nEnvoyé : {fmt_dt(when, "fr")}\nÀ : {to}\nObjet : {subject}')
        sep = ctx.choice(['-----Message d\'origine-----', '________________________________', ''])
    else:
        h = (f'From: {who} <{who_addr}>\nSent: {fmt_dt(when, "en")}\nTo: {to}\nSubject: {subject}')
        sep = ctx.choice(['-----Original Message-----', '________________________________', ''])
    return (sep + '\n' if sep else '') + h + '\n\n' + text


def forward_block(ctx, lang, who, who_addr, to, when, subject, text):
    if lang == 'fr':
        head = ctx.choice(['---------- Message transféré ---------', '-------- Message original --------',
                           'Début du message réexpédié :'])
        h = f'De : {who} <{who_addr}>\nDate : {fmt_dt(when, "fr")}\nObjet : {subject}\nÀ : {to}'
    else:
        head = ctx.choice(['---------- Forwarded message ---------', 'Begin forwarded message:',
                           '-------- Original Message --------'])
        h = f'From: {who} <{who_addr}>\nDate: {fmt_dt(when, "en")}\nSubject: {subject}\nTo: {to}'
    return f'{head}\n{h}\n\n{text}'


def quoted(ctx, lang, who, who_addr, to, when, subject, text, style=None):
    style = style if style is not None else ctx.randint(0, 1)
    if style == 0:
        return quote_gt(ctx, lang, who, when, text)
    return quote_outlook(ctx, lang, who, who_addr, to, when, subject, text)


def earlier(ctx, d, hours_min=2, hours_max=96):
    return d - datetime.timedelta(hours=ctx.randint(hours_min, hours_max), minutes=ctx.randint(0, 59))


def re_(lang, subj, ctx):
    p = ctx.choice(['RE: ', 'Re: ', 'RE : ', 'RE: ']) if lang == 'fr' else ctx.choice(['RE: ', 'Re: '])
    return p + subj


def fw_(lang, subj, ctx):
    p = ctx.choice(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) if lang == 'fr' else ctx.choice(['FW: ', 'Fwd: ', 'Fw: '])
    return p + subj
