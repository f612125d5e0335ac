--
-- PostgreSQL database dump
--

\restrict iiY3toTcef0VLfu30fN448Ndb6a3vafNEJHWIIYgZ1mOyOZfGxxIXi0noHQhYSS

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: cell; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cell (
    id integer NOT NULL,
    key character varying(32) NOT NULL,
    kind character varying(16) NOT NULL,
    runner character varying(100) NOT NULL,
    content text NOT NULL,
    state character varying(16) NOT NULL,
    lease_owner character varying(200),
    lease_expires double precision,
    attempts integer NOT NULL,
    last_error text,
    traceback text,
    created_at double precision NOT NULL,
    started_at double precision,
    finished_at double precision,
    provenance_id integer
);


--
-- Name: cell_dependency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cell_dependency (
    child_id integer NOT NULL,
    parent_id integer NOT NULL
);


--
-- Name: cell_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cell_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cell_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cell_id_seq OWNED BY public.cell.id;


--
-- Name: evaluation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation (
    id integer NOT NULL,
    cell_id integer,
    representation_id integer NOT NULL,
    metric character varying(100) NOT NULL,
    profile character varying(40),
    eval_seed integer,
    provenance_id integer
);


--
-- Name: evaluation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.evaluation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.evaluation_id_seq OWNED BY public.evaluation.id;


--
-- Name: expdb_schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.expdb_schema_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: hyperparameter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hyperparameter (
    id integer NOT NULL,
    model_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision NOT NULL
);


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.hyperparameter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.hyperparameter_id_seq OWNED BY public.hyperparameter.id;


--
-- Name: model; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model (
    id integer NOT NULL,
    cell_id integer,
    source character varying(40) NOT NULL,
    external_id character varying(100),
    dataset character varying(100) NOT NULL,
    method character varying(100) NOT NULL,
    seed integer NOT NULL,
    model_num integer,
    runner character varying(100) NOT NULL,
    steps integer,
    batch_size integer,
    learning_rate double precision,
    latent_dim integer,
    resolution integer,
    data_source character varying(100),
    reconstruction_loss double precision,
    kl_loss double precision,
    elbo double precision,
    regularizer double precision,
    loss double precision,
    provenance_id integer
);


--
-- Name: model_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_id_seq OWNED BY public.model.id;


--
-- Name: model_setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_setting (
    id integer NOT NULL,
    model_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value_number double precision,
    value_text character varying(200)
);


--
-- Name: model_setting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_setting_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_setting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_setting_id_seq OWNED BY public.model_setting.id;


--
-- Name: provenance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provenance (
    id integer NOT NULL,
    expdb_version character varying(40) NOT NULL,
    git_commit character varying(40),
    python_version character varying(40) NOT NULL,
    numpy_version character varying(40),
    torch_version character varying(40),
    sklearn_version character varying(40),
    device character varying(80) NOT NULL,
    host character varying(200) NOT NULL,
    worker character varying(200) NOT NULL,
    started_at double precision NOT NULL,
    finished_at double precision NOT NULL,
    gang_id character varying(32),
    gang_size integer
);


--
-- Name: provenance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.provenance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: provenance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.provenance_id_seq OWNED BY public.provenance.id;


--
-- Name: representation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.representation (
    id integer NOT NULL,
    cell_id integer,
    model_id integer NOT NULL,
    kind character varying(20) NOT NULL,
    store_path character varying(300),
    n_points integer,
    n_dims integer,
    dtype character varying(20),
    checksum character varying(64),
    provenance_id integer
);


--
-- Name: representation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.representation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: representation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.representation_id_seq OWNED BY public.representation.id;


--
-- Name: score; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.score (
    id integer NOT NULL,
    evaluation_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision
);


--
-- Name: score_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.score_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: score_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.score_id_seq OWNED BY public.score.id;


--
-- Name: study; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    description text NOT NULL,
    spec_sha256 character varying(64) NOT NULL,
    spec_text text NOT NULL,
    created_at double precision NOT NULL,
    updated_at double precision NOT NULL
);


--
-- Name: study_cell; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study_cell (
    study_id integer NOT NULL,
    cell_id integer NOT NULL
);


--
-- Name: study_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.study_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: study_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.study_id_seq OWNED BY public.study.id;


--
-- Name: tensor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tensor (
    id integer NOT NULL,
    cell_id integer NOT NULL,
    name character varying(100) NOT NULL,
    path character varying(300) NOT NULL,
    shape character varying(100) NOT NULL,
    dtype character varying(20) NOT NULL,
    nbytes integer NOT NULL,
    checksum character varying(64) NOT NULL
);


--
-- Name: tensor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tensor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tensor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tensor_id_seq OWNED BY public.tensor.id;


--
-- Name: training_curve; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_curve (
    id integer NOT NULL,
    model_id integer NOT NULL,
    step integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision NOT NULL
);


--
-- Name: training_curve_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.training_curve_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: training_curve_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.training_curve_id_seq OWNED BY public.training_curve.id;


--
-- Name: verdict; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.verdict (
    id integer NOT NULL,
    study_id integer NOT NULL,
    claim character varying(100) NOT NULL,
    profile character varying(40),
    verdict character varying(20) NOT NULL,
    severity character varying(10) NOT NULL,
    measured double precision,
    interval_low double precision,
    interval_high double precision,
    n integer NOT NULL,
    offending_rows integer NOT NULL,
    result text NOT NULL,
    expdb_version character varying(40) NOT NULL,
    git_commit character varying(40),
    recorded_at double precision NOT NULL
);


--
-- Name: verdict_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.verdict_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: verdict_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.verdict_id_seq OWNED BY public.verdict.id;


--
-- Name: cell id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell ALTER COLUMN id SET DEFAULT nextval('public.cell_id_seq'::regclass);


--
-- Name: evaluation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation ALTER COLUMN id SET DEFAULT nextval('public.evaluation_id_seq'::regclass);


--
-- Name: hyperparameter id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter ALTER COLUMN id SET DEFAULT nextval('public.hyperparameter_id_seq'::regclass);


--
-- Name: model id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model ALTER COLUMN id SET DEFAULT nextval('public.model_id_seq'::regclass);


--
-- Name: model_setting id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting ALTER COLUMN id SET DEFAULT nextval('public.model_setting_id_seq'::regclass);


--
-- Name: provenance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provenance ALTER COLUMN id SET DEFAULT nextval('public.provenance_id_seq'::regclass);


--
-- Name: representation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation ALTER COLUMN id SET DEFAULT nextval('public.representation_id_seq'::regclass);


--
-- Name: score id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score ALTER COLUMN id SET DEFAULT nextval('public.score_id_seq'::regclass);


--
-- Name: study id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study ALTER COLUMN id SET DEFAULT nextval('public.study_id_seq'::regclass);


--
-- Name: tensor id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor ALTER COLUMN id SET DEFAULT nextval('public.tensor_id_seq'::regclass);


--
-- Name: training_curve id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve ALTER COLUMN id SET DEFAULT nextval('public.training_curve_id_seq'::regclass);


--
-- Name: verdict id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict ALTER COLUMN id SET DEFAULT nextval('public.verdict_id_seq'::regclass);


--
-- Data for Name: cell; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cell (id, key, kind, runner, content, state, lease_owner, lease_expires, attempts, last_error, traceback, created_at, started_at, finished_at, provenance_id) FROM stdin;
2	33c32cf3455ab523c7587529e4af12f3	train	toy-train	{"dataset":"a","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.599076	1795879564.640008	2
3	0d7d89e6263afd1fb3c798b235b25dff	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.65045	1795879564.684455	3
4	d8b685f9d1d930b32a9710b3f0572b6e	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.694455	1795879564.725501	4
6	87cc8a3368cbfdd0f8b85181233b20b0	train	toy-train	{"dataset":"a","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.78041	1795879564.81492	6
7	cd21685e4b0c3f2c7ef0b1418d8e2e71	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.823937	1795879564.852546	7
8	854a96913fa5191ac51d5a7d4d9b069f	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.863689	1795879564.893002	8
9	bd32817752d83a1e5952abd84853c762	train	toy-train	{"dataset":"b","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.903008	1795879564.932433	9
10	f94b941493063104c57956b694d08711	train	toy-train	{"dataset":"b","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.942229	1795879564.979189	10
11	8ea82c78d6ff8630ff58175e09d96414	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.990391	1795879565.028052	11
12	e74da55aa03350b59d91bed2cf6191a8	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.040358	1795879565.078995	12
13	ce1228ecabd549823b6a0f1a173bc6ee	train	toy-train	{"dataset":"b","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.089956	1795879565.124857	13
15	916647d1aca7f9c2ae8bfe7645371d78	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.187386	1795879565.223525	15
16	f8043e0633b9ae0f86cd0f339251ae99	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.23242	1795879565.26738	16
17	b61d28b93a58c075fe5b8e389d46ceda	represent	toy-represent	{"kind":"represent","parent":"911a56f44ce11c1684718822a0cf34b0","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.277169	1795879565.315019	17
18	742249f6afda4fa3fca41cd6647fda8a	represent	toy-represent	{"kind":"represent","parent":"911a56f44ce11c1684718822a0cf34b0","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.328358	1795879565.356929	18
19	79d9e22be61d38b69893c3472f257941	represent	toy-represent	{"kind":"represent","parent":"33c32cf3455ab523c7587529e4af12f3","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.367085	1795879565.397593	19
20	67cb74ac75d2f1e5679e9f5aabcd2936	represent	toy-represent	{"kind":"represent","parent":"33c32cf3455ab523c7587529e4af12f3","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.409774	1795879565.440771	20
21	7ba02c3ae3444706634ef6275ae027a7	represent	toy-represent	{"kind":"represent","parent":"0d7d89e6263afd1fb3c798b235b25dff","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.450723	1795879565.484858	21
22	4546c205d72ffd9e94bffea0aa8afed9	represent	toy-represent	{"kind":"represent","parent":"0d7d89e6263afd1fb3c798b235b25dff","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.496201	1795879565.529895	22
24	f9c574bd356df21ce4cc2e11d89b5a1b	represent	toy-represent	{"kind":"represent","parent":"d8b685f9d1d930b32a9710b3f0572b6e","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.596233	1795879565.635864	24
25	43ff91866866c1751c83b5c6bc7ea319	represent	toy-represent	{"kind":"represent","parent":"eb81582a0852f946bd0a517d36fb9328","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.648018	1795879565.686836	25
26	e9392c2879ec49695c33ccb5b8ebc21e	represent	toy-represent	{"kind":"represent","parent":"eb81582a0852f946bd0a517d36fb9328","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.698768	1795879565.739154	26
27	f4e06ba28cdc97d283234dbfcf4c0e91	represent	toy-represent	{"kind":"represent","parent":"87cc8a3368cbfdd0f8b85181233b20b0","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.750569	1795879565.784304	27
28	0e76b617b6716316763f84e755dccada	represent	toy-represent	{"kind":"represent","parent":"87cc8a3368cbfdd0f8b85181233b20b0","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.795803	1795879565.8378	28
29	01bccbbceeeae9218c7b010046da63fd	represent	toy-represent	{"kind":"represent","parent":"cd21685e4b0c3f2c7ef0b1418d8e2e71","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.849364	1795879565.886419	29
30	7f0d1372187b2f3f378be90d81240887	represent	toy-represent	{"kind":"represent","parent":"cd21685e4b0c3f2c7ef0b1418d8e2e71","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.898266	1795879565.928903	30
32	959e952a5f9f0499183496408facb4b7	represent	toy-represent	{"kind":"represent","parent":"854a96913fa5191ac51d5a7d4d9b069f","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.978846	1795879566.012605	32
34	1fb40101559aaa8601a481f48291da6b	represent	toy-represent	{"kind":"represent","parent":"bd32817752d83a1e5952abd84853c762","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.064248	1795879566.094944	34
35	0d9ea96352d954868b3f8cd470fb3474	represent	toy-represent	{"kind":"represent","parent":"f94b941493063104c57956b694d08711","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.103448	1795879566.134919	35
36	e0bac8bd1a6f7152b76bc6a1b502d6b4	represent	toy-represent	{"kind":"represent","parent":"f94b941493063104c57956b694d08711","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.143522	1795879566.174322	36
37	f31c3b64fd31a8a324afb93ba3772b00	represent	toy-represent	{"kind":"represent","parent":"8ea82c78d6ff8630ff58175e09d96414","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.183525	1795879566.21541	37
38	47059e6085a06230fd137d52f024996f	represent	toy-represent	{"kind":"represent","parent":"8ea82c78d6ff8630ff58175e09d96414","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.225213	1795879566.256024	38
39	1f30de7e7f0a66cb58a636f70a90b57c	represent	toy-represent	{"kind":"represent","parent":"e74da55aa03350b59d91bed2cf6191a8","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.265079	1795879566.296145	39
40	9fec8ed8d2f4397fd413a959d12adbaf	represent	toy-represent	{"kind":"represent","parent":"e74da55aa03350b59d91bed2cf6191a8","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.313164	1795879566.350574	40
41	5c160e32971194d317d74f2698cc1db4	represent	toy-represent	{"kind":"represent","parent":"ce1228ecabd549823b6a0f1a173bc6ee","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.359996	1795879566.392104	41
42	0e7ef60fb6887e8c932da0b30fca6da2	represent	toy-represent	{"kind":"represent","parent":"ce1228ecabd549823b6a0f1a173bc6ee","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.402521	1795879566.438487	42
44	bb0c2943b46359b306a6f40aacaeb358	represent	toy-represent	{"kind":"represent","parent":"3134498c9eae9a87cbd770cde3ecec23","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.493676	1795879566.523508	44
45	577a216bbf705d70b94833d5f5750c2f	represent	toy-represent	{"kind":"represent","parent":"916647d1aca7f9c2ae8bfe7645371d78","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.533611	1795879566.561937	45
46	c7be26c838d76b83ac5292736a999f03	represent	toy-represent	{"kind":"represent","parent":"916647d1aca7f9c2ae8bfe7645371d78","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.570462	1795879566.599186	46
47	a4db8e6217d2e9cea08a29c263a274f7	represent	toy-represent	{"kind":"represent","parent":"f8043e0633b9ae0f86cd0f339251ae99","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.607013	1795879566.635209	47
48	1aab559cea29d9f0a859b3482492f3d4	represent	toy-represent	{"kind":"represent","parent":"f8043e0633b9ae0f86cd0f339251ae99","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.64372	1795879566.674823	48
49	ad392f7029e83838c7023f017ce8e942	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"b61d28b93a58c075fe5b8e389d46ceda","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.684639	1795879566.694347	49
50	f9d05ea21ee7855e498b95241c08d41c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"b61d28b93a58c075fe5b8e389d46ceda","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.705673	1795879566.717418	50
51	559f60c3e26beb31f5aa68d01d916673	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"742249f6afda4fa3fca41cd6647fda8a","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.724464	1795879566.740876	51
52	a8c74b8806d34235610639ce833601c2	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"742249f6afda4fa3fca41cd6647fda8a","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.749045	1795879566.761782	52
53	455f04557a3df1ae559f74cd6abf02ac	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"79d9e22be61d38b69893c3472f257941","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.771276	1795879566.787061	53
55	b654aa2ffdff6ef3c067d68034843aad	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"67cb74ac75d2f1e5679e9f5aabcd2936","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.823465	1795879566.840128	55
56	7a5c1bfc2b42f9772ac20a71e402e990	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"67cb74ac75d2f1e5679e9f5aabcd2936","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.850022	1795879566.865072	56
57	b50e73c5f9c4ac01b4106b1af22c723d	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"7ba02c3ae3444706634ef6275ae027a7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.875298	1795879566.891675	57
58	8a6f5ca6d96c867f60b80785fd61ff02	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"7ba02c3ae3444706634ef6275ae027a7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.900787	1795879566.919567	58
59	dc608b46838484841f5b26b73f07b830	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"4546c205d72ffd9e94bffea0aa8afed9","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.92804	1795879566.940744	59
60	13c24713ec2c1c5f9cc3ef9fc4e6ef46	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"4546c205d72ffd9e94bffea0aa8afed9","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.949375	1795879566.963325	60
62	8357e4c21a5d00104bf7d27cb0743500	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"88409b81e60a64194add798ede601211","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.995907	1795879567.008902	62
63	528dd86c3c5775e21583bb5f3c0daa64	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f9c574bd356df21ce4cc2e11d89b5a1b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.017762	1795879567.033026	63
65	2979629ca9db69cba1b02cf80aab90fc	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"43ff91866866c1751c83b5c6bc7ea319","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.066032	1795879567.082737	65
66	ba53022766cd34e2f9c536263831644f	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"43ff91866866c1751c83b5c6bc7ea319","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.09249	1795879567.108294	66
67	ea7581caf2453af84964ddf0784d3eed	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"e9392c2879ec49695c33ccb5b8ebc21e","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.117801	1795879567.133774	67
68	26607d18d0d20fd53c2c2512625a3ff9	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"e9392c2879ec49695c33ccb5b8ebc21e","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.141685	1795879567.154094	68
69	bee5c8b638454140a7f4ae66ddb7c08c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f4e06ba28cdc97d283234dbfcf4c0e91","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.16282	1795879567.255085	69
70	f2cd87fef876319ec5ccf231634cc3b5	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f4e06ba28cdc97d283234dbfcf4c0e91","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.26199	1795879567.274464	70
71	9f30995354fa9574732afb126f6a25cc	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0e76b617b6716316763f84e755dccada","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.282378	1795879567.295526	71
72	c5837d303b9d8712289ab888ebe91105	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0e76b617b6716316763f84e755dccada","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.303224	1795879567.315444	72
74	d98a611142af0dfdadaf3ebc5c4795b4	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"01bccbbceeeae9218c7b010046da63fd","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.343946	1795879567.357984	74
75	57bb96146ef51f098800dde0ad5acf2b	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"7f0d1372187b2f3f378be90d81240887","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.365228	1795879567.375298	75
76	7d27a307df34174a730320873a06aae0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"7f0d1372187b2f3f378be90d81240887","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.382441	1795879567.394238	76
77	283886cd7d5fc7736dab9b47a132c616	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"2c239de0d3e9f05a703d9c5e644ef991","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.401914	1795879567.41475	77
78	fc71f4b92ec2b3aa4760631b2d2e4afa	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"2c239de0d3e9f05a703d9c5e644ef991","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.421812	1795879567.434517	78
79	7fda1f1579515f430de472a5810b1f55	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"959e952a5f9f0499183496408facb4b7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.443228	1795879567.454749	79
80	6c4df38cb5ecf91aa9ac7e5f8a75ab93	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"959e952a5f9f0499183496408facb4b7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.463409	1795879567.473713	80
81	68c7b04e124230c9e587dcdb6fbc8d4c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"36d281fa838955079de7a09053745f41","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.480261	1795879567.492611	81
83	9ec963b0c24a649e3582bf3abb06b077	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1fb40101559aaa8601a481f48291da6b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.517331	1795879567.526836	83
84	be5569d38025b1183e781529672851ae	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1fb40101559aaa8601a481f48291da6b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.534194	1795879567.545436	84
85	ee965c17fe13a4149a9bc05feb256600	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0d9ea96352d954868b3f8cd470fb3474","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.551733	1795879567.561709	85
86	3d1ac4ffc0bc8a18701cccc225906197	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0d9ea96352d954868b3f8cd470fb3474","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.569847	1795879567.581091	86
87	a94b5d47db3b7d8bafd469ce85719b60	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"e0bac8bd1a6f7152b76bc6a1b502d6b4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.588472	1795879567.599898	87
88	429c8282d68980a17cae2d6b1a8d3bad	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"e0bac8bd1a6f7152b76bc6a1b502d6b4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.607505	1795879567.619745	88
89	60d578d7208f120806978d57530d32a0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f31c3b64fd31a8a324afb93ba3772b00","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.627193	1795879567.639471	89
90	f75c07ed760248a991af5228167be3aa	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f31c3b64fd31a8a324afb93ba3772b00","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.646757	1795879567.658086	90
1	911a56f44ce11c1684718822a0cf34b0	train	toy-train	{"dataset":"a","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.526197	1795879564.579414	1
5	eb81582a0852f946bd0a517d36fb9328	train	toy-train	{"dataset":"a","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879564.735014	1795879564.769238	5
14	3134498c9eae9a87cbd770cde3ecec23	train	toy-train	{"dataset":"b","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.136684	1795879565.176477	14
23	88409b81e60a64194add798ede601211	represent	toy-represent	{"kind":"represent","parent":"d8b685f9d1d930b32a9710b3f0572b6e","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.540969	1795879565.581921	23
31	2c239de0d3e9f05a703d9c5e644ef991	represent	toy-represent	{"kind":"represent","parent":"854a96913fa5191ac51d5a7d4d9b069f","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879565.93911	1795879565.969925	31
33	36d281fa838955079de7a09053745f41	represent	toy-represent	{"kind":"represent","parent":"bd32817752d83a1e5952abd84853c762","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.022777	1795879566.055622	33
43	1f04fb0b2cd8498fbd4ba7141c1aed49	represent	toy-represent	{"kind":"represent","parent":"3134498c9eae9a87cbd770cde3ecec23","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.451388	1795879566.485882	43
54	5459d491c5e2218c5c8ffd1b9b08e4a6	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"79d9e22be61d38b69893c3472f257941","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.796874	1795879566.813335	54
92	2ab3b2c28d4a4ef4799846346cea34b1	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"47059e6085a06230fd137d52f024996f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.685635	1795879567.696573	92
93	73895958528d74b30c8095fc3292b79d	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1f30de7e7f0a66cb58a636f70a90b57c","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.704258	1795879567.715288	93
95	043d0d38716ff1a8343af71850f34f64	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"9fec8ed8d2f4397fd413a959d12adbaf","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.741283	1795879567.753083	95
96	9d95e3eb6db147b34288dcb6f31cb097	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"9fec8ed8d2f4397fd413a959d12adbaf","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.760628	1795879567.771872	96
97	2c93b320dafc5fc194305816fa7ce1a3	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"5c160e32971194d317d74f2698cc1db4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.779224	1795879567.789782	97
98	37f11ea51415f461862f4a3847af01d0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"5c160e32971194d317d74f2698cc1db4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.796787	1795879567.807669	98
99	cadc7bde462ccc68918e744bec68d324	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0e7ef60fb6887e8c932da0b30fca6da2","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.814571	1795879567.826052	99
100	0fdbb528857b9fb3d0b88c247a3a819a	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0e7ef60fb6887e8c932da0b30fca6da2","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.833009	1795879567.84363	100
101	172e3478ef3db719acb9b79143ce8c46	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1f04fb0b2cd8498fbd4ba7141c1aed49","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.850263	1795879567.861598	101
102	8bf1980f1b5ba4314553d6037229049c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1f04fb0b2cd8498fbd4ba7141c1aed49","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.869449	1795879567.880104	102
104	78a0c35933860672bac5b415703ec45d	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"bb0c2943b46359b306a6f40aacaeb358","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.905413	1795879567.91623	104
105	072d2ecae664f7e8565b65336b7f5f98	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"577a216bbf705d70b94833d5f5750c2f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.922981	1795879567.934044	105
106	92a0636dd7161fa9d5dba0e7eb456585	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"577a216bbf705d70b94833d5f5750c2f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.94111	1795879567.951912	106
107	47e2b37a7cf1517c3e2984a72fe9f9d5	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"c7be26c838d76b83ac5292736a999f03","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.960008	1795879567.970337	107
108	d295091a6ca57638632bacb774b93a9e	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"c7be26c838d76b83ac5292736a999f03","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.978268	1795879567.989378	108
109	ed01587fab8a2cbd97b7f2de40dd9b20	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"a4db8e6217d2e9cea08a29c263a274f7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.996024	1795879568.007474	109
110	edf78faa45e15f46073ec512d0415194	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"a4db8e6217d2e9cea08a29c263a274f7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879568.014474	1795879568.025147	110
111	7683318c925e14449a7a8da9ee8e8e52	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1aab559cea29d9f0a859b3482492f3d4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879568.032624	1795879568.043812	111
61	521f88bc9a15779829066fdc59adc714	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"88409b81e60a64194add798ede601211","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879566.972428	1795879566.986769	61
64	27c68f35fd8044752d26af0096829042	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f9c574bd356df21ce4cc2e11d89b5a1b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.042825	1795879567.057562	64
73	4c3aff227c8035e493cae931f658baf3	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"01bccbbceeeae9218c7b010046da63fd","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.322788	1795879567.335828	73
82	5786b8006ded52b06bee5764c699eff2	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"36d281fa838955079de7a09053745f41","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.500723	1795879567.510982	82
91	70dd6acfbf3971acc337a20bf6b84663	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"47059e6085a06230fd137d52f024996f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.665435	1795879567.676871	91
94	ddcf8dbee3cabf779b1644c166e41805	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1f30de7e7f0a66cb58a636f70a90b57c","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.722827	1795879567.734405	94
103	a25fa2429d2580ce3d8a89ac1b559423	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"bb0c2943b46359b306a6f40aacaeb358","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879567.88656	1795879567.897927	103
112	682ad15dc6e4d16e4b932d9bb2f5c120	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1aab559cea29d9f0a859b3482492f3d4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795879564.4711366	1795879568.051477	1795879568.063025	112
\.


--
-- Data for Name: cell_dependency; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cell_dependency (child_id, parent_id) FROM stdin;
17	1
18	1
19	2
20	2
21	3
22	3
23	4
24	4
25	5
26	5
27	6
28	6
29	7
30	7
31	8
32	8
33	9
34	9
35	10
36	10
37	11
38	11
39	12
40	12
41	13
42	13
43	14
44	14
45	15
46	15
47	16
48	16
49	17
50	17
51	18
52	18
53	19
54	19
55	20
56	20
57	21
58	21
59	22
60	22
61	23
62	23
63	24
64	24
65	25
66	25
67	26
68	26
69	27
70	27
71	28
72	28
73	29
74	29
75	30
76	30
77	31
78	31
79	32
80	32
81	33
82	33
83	34
84	34
85	35
86	35
87	36
88	36
89	37
90	37
91	38
92	38
93	39
94	39
95	40
96	40
97	41
98	41
99	42
100	42
101	43
102	43
103	44
104	44
105	45
106	45
107	46
108	46
109	47
110	47
111	48
112	48
\.


--
-- Data for Name: evaluation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation (id, cell_id, representation_id, metric, profile, eval_seed, provenance_id) FROM stdin;
1	49	1	x	fast	0	49
2	50	1	y	fast	0	50
3	51	2	x	fast	0	51
4	52	2	y	fast	0	52
5	53	3	x	fast	0	53
6	54	3	y	fast	0	54
7	55	4	x	fast	0	55
8	56	4	y	fast	0	56
9	57	5	x	fast	0	57
10	58	5	y	fast	0	58
11	59	6	x	fast	0	59
12	60	6	y	fast	0	60
13	61	7	x	fast	0	61
14	62	7	y	fast	0	62
15	63	8	x	fast	0	63
16	64	8	y	fast	0	64
17	65	9	x	fast	0	65
18	66	9	y	fast	0	66
19	67	10	x	fast	0	67
20	68	10	y	fast	0	68
21	69	11	x	fast	0	69
22	70	11	y	fast	0	70
23	71	12	x	fast	0	71
24	72	12	y	fast	0	72
25	73	13	x	fast	0	73
26	74	13	y	fast	0	74
27	75	14	x	fast	0	75
28	76	14	y	fast	0	76
29	77	15	x	fast	0	77
30	78	15	y	fast	0	78
31	79	16	x	fast	0	79
32	80	16	y	fast	0	80
33	81	17	x	fast	0	81
34	82	17	y	fast	0	82
35	83	18	x	fast	0	83
36	84	18	y	fast	0	84
37	85	19	x	fast	0	85
38	86	19	y	fast	0	86
39	87	20	x	fast	0	87
40	88	20	y	fast	0	88
41	89	21	x	fast	0	89
42	90	21	y	fast	0	90
43	91	22	x	fast	0	91
44	92	22	y	fast	0	92
45	93	23	x	fast	0	93
46	94	23	y	fast	0	94
47	95	24	x	fast	0	95
48	96	24	y	fast	0	96
49	97	25	x	fast	0	97
50	98	25	y	fast	0	98
51	99	26	x	fast	0	99
52	100	26	y	fast	0	100
53	101	27	x	fast	0	101
54	102	27	y	fast	0	102
55	103	28	x	fast	0	103
56	104	28	y	fast	0	104
57	105	29	x	fast	0	105
58	106	29	y	fast	0	106
59	107	30	x	fast	0	107
60	108	30	y	fast	0	108
61	109	31	x	fast	0	109
62	110	31	y	fast	0	110
63	111	32	x	fast	0	111
64	112	32	y	fast	0	112
\.


--
-- Data for Name: expdb_schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.expdb_schema_version (version_num) FROM stdin;
0004
\.


--
-- Data for Name: hyperparameter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hyperparameter (id, model_id, name, value) FROM stdin;
1	1	beta	1
2	2	beta	2
3	3	gamma	10
4	4	gamma	20
5	5	beta	1
6	6	beta	2
7	7	gamma	10
8	8	gamma	20
9	9	beta	1
10	10	beta	2
11	11	gamma	10
12	12	gamma	20
13	13	beta	1
14	14	beta	2
15	15	gamma	10
16	16	gamma	20
\.


--
-- Data for Name: model; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model (id, cell_id, source, external_id, dataset, method, seed, model_num, runner, steps, batch_size, learning_rate, latent_dim, resolution, data_source, reconstruction_loss, kl_loss, elbo, regularizer, loss, provenance_id) FROM stdin;
1	1	expdb	\N	a	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	1.1001321956144232	0.5500660978072116	-2.2002643912288464	0.5500660978072116	2.2002643912288464	1
2	2	expdb	\N	a	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	0.8738354373017845	0.43691771865089224	-1.747670874603569	0.43691771865089224	1.747670874603569	2
3	3	expdb	\N	a	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	0.4618843426643042	0.2309421713321521	-0.9237686853286085	0.2309421713321521	0.9237686853286085	3
4	4	expdb	\N	a	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	1.3633290630724795	0.6816645315362397	-2.726658126144959	0.6816645315362397	2.726658126144959	4
5	5	expdb	\N	a	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	1.900986323555797	0.9504931617778986	-3.801972647111594	0.9504931617778986	3.801972647111594	5
6	6	expdb	\N	a	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	2.0374109320653977	1.0187054660326988	-4.074821864130795	1.0187054660326988	4.074821864130795	6
7	7	expdb	\N	a	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	2.089385453106549	1.0446927265532746	-4.178770906213098	1.0446927265532746	4.178770906213098	7
8	8	expdb	\N	a	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	1.8675138924331502	0.9337569462165751	-3.7350277848663005	0.9337569462165751	3.7350277848663005	8
9	9	expdb	\N	b	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	0.8477857467222526	0.4238928733611263	-1.6955714934445052	0.4238928733611263	1.6955714934445052	9
10	10	expdb	\N	b	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	1.913462382553301	0.9567311912766505	-3.826924765106602	0.9567311912766505	3.826924765106602	10
11	11	expdb	\N	b	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	2.7532747585812505	1.3766373792906252	-5.506549517162501	1.3766373792906252	5.506549517162501	11
12	12	expdb	\N	b	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	1.6584504746786268	0.8292252373393134	-3.3169009493572537	0.8292252373393134	3.3169009493572537	12
13	13	expdb	\N	b	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	0.8198694420594757	0.4099347210297378	-1.6397388841189513	0.4099347210297378	1.6397388841189513	13
14	14	expdb	\N	b	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	1.7725799881574256	0.8862899940787128	-3.545159976314851	0.8862899940787128	3.545159976314851	14
15	15	expdb	\N	b	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	0.847778200789124	0.423889100394562	-1.695556401578248	0.423889100394562	1.695556401578248	15
16	16	expdb	\N	b	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	2.343267950323284	1.171633975161642	-4.686535900646568	1.171633975161642	4.686535900646568	16
\.


--
-- Data for Name: model_setting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_setting (id, model_id, name, value_number, value_text) FROM stdin;
1	1	latent_dim	3	\N
2	1	steps	2	\N
3	2	latent_dim	3	\N
4	2	steps	2	\N
5	3	latent_dim	3	\N
6	3	steps	2	\N
7	4	latent_dim	3	\N
8	4	steps	2	\N
9	5	latent_dim	3	\N
10	5	steps	2	\N
11	6	latent_dim	3	\N
12	6	steps	2	\N
13	7	latent_dim	3	\N
14	7	steps	2	\N
15	8	latent_dim	3	\N
16	8	steps	2	\N
17	9	latent_dim	3	\N
18	9	steps	2	\N
19	10	latent_dim	3	\N
20	10	steps	2	\N
21	11	latent_dim	3	\N
22	11	steps	2	\N
23	12	latent_dim	3	\N
24	12	steps	2	\N
25	13	latent_dim	3	\N
26	13	steps	2	\N
27	14	latent_dim	3	\N
28	14	steps	2	\N
29	15	latent_dim	3	\N
30	15	steps	2	\N
31	16	latent_dim	3	\N
32	16	steps	2	\N
\.


--
-- Data for Name: provenance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provenance (id, expdb_version, git_commit, python_version, numpy_version, torch_version, sklearn_version, device, host, worker, started_at, finished_at, gang_id, gang_size) FROM stdin;
1	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.5274847	1795879564.5691342	\N	\N
2	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.5997508	1795879564.6372843	\N	\N
3	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.6513097	1795879564.68212	\N	\N
4	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.6951082	1795879564.7231886	\N	\N
5	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.7357757	1795879564.7669616	\N	\N
6	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.7814016	1795879564.812638	\N	\N
7	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.8245425	1795879564.8500485	\N	\N
8	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.864549	1795879564.891271	\N	\N
9	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.9039328	1795879564.9302883	\N	\N
10	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.9436917	1795879564.9760704	\N	\N
11	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879564.9914377	1795879565.025096	\N	\N
12	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.0411723	1795879565.0762753	\N	\N
13	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.0910637	1795879565.1220663	\N	\N
14	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.1383107	1795879565.173807	\N	\N
15	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.188162	1795879565.220934	\N	\N
16	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.233536	1795879565.2649155	\N	\N
17	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.278632	1795879565.3125563	\N	\N
18	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.3297298	1795879565.3544824	\N	\N
19	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.3678956	1795879565.3950205	\N	\N
20	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.4105153	1795879565.438376	\N	\N
21	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.4515038	1795879565.481799	\N	\N
22	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.497112	1795879565.5270402	\N	\N
23	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.5419412	1795879565.5783217	\N	\N
24	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.5973978	1795879565.6329489	\N	\N
25	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.6496315	1795879565.6838694	\N	\N
26	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.6997223	1795879565.736008	\N	\N
27	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.7518425	1795879565.7814403	\N	\N
28	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.7966945	1795879565.8348236	\N	\N
29	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.8503222	1795879565.8840446	\N	\N
30	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.8990073	1795879565.9266305	\N	\N
31	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.9397912	1795879565.9674919	\N	\N
32	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879565.9795399	1795879566.0101216	\N	\N
33	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.0237014	1795879566.053099	\N	\N
34	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.0650287	1795879566.0926647	\N	\N
35	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.1041644	1795879566.1325965	\N	\N
36	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.1443303	1795879566.1716192	\N	\N
37	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.1841536	1795879566.2128773	\N	\N
38	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.2259867	1795879566.2536056	\N	\N
39	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.2658024	1795879566.293595	\N	\N
40	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.3144746	1795879566.3477488	\N	\N
41	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.3607578	1795879566.3896546	\N	\N
42	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.4033144	1795879566.4356334	\N	\N
43	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.45263	1795879566.4836502	\N	\N
44	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.4943228	1795879566.520849	\N	\N
45	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.5343673	1795879566.5598104	\N	\N
46	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.5711467	1795879566.5968647	\N	\N
47	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.6078613	1795879566.6331112	\N	\N
48	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.644394	1795879566.6723726	\N	\N
49	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.6853511	1795879566.69265	\N	\N
50	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.7070005	1795879566.7154624	\N	\N
51	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.7251878	1795879566.7382739	\N	\N
52	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.7498522	1795879566.759437	\N	\N
53	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.772299	1795879566.7847385	\N	\N
54	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.7979152	1795879566.8109298	\N	\N
55	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.8244193	1795879566.8375897	\N	\N
56	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.8510044	1795879566.862689	\N	\N
57	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.8762097	1795879566.8894854	\N	\N
58	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.9017532	1795879566.9171968	\N	\N
59	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.9288535	1795879566.9385595	\N	\N
60	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.9501424	1795879566.9610443	\N	\N
61	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.9733148	1795879566.9845042	\N	\N
62	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879566.996736	1795879567.006762	\N	\N
63	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.0187676	1795879567.0307178	\N	\N
64	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.0437183	1795879567.0554261	\N	\N
65	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.0670702	1795879567.0803375	\N	\N
66	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.093501	1795879567.1059475	\N	\N
67	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.1188657	1795879567.132046	\N	\N
68	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.1425443	1795879567.1519601	\N	\N
69	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.1637366	1795879567.2527316	\N	\N
70	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.2627802	1795879567.272272	\N	\N
71	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.2831056	1795879567.293137	\N	\N
72	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.3039346	1795879567.3135777	\N	\N
73	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.3235033	1795879567.3332922	\N	\N
74	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.3446674	1795879567.3560226	\N	\N
75	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.3659391	1795879567.3735356	\N	\N
76	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.3835516	1795879567.3924613	\N	\N
77	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.4028502	1795879567.4126873	\N	\N
78	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.4225047	1795879567.432682	\N	\N
79	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.4440463	1795879567.45282	\N	\N
80	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.4640837	1795879567.472018	\N	\N
81	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.4808602	1795879567.490278	\N	\N
82	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.501423	1795879567.5093284	\N	\N
83	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.51792	1795879567.5250025	\N	\N
84	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.5348394	1795879567.543642	\N	\N
85	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.55237	1795879567.5598824	\N	\N
86	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.570627	1795879567.5793645	\N	\N
87	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.589205	1795879567.5979848	\N	\N
88	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.6082144	1795879567.617782	\N	\N
89	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.6278813	1795879567.6375406	\N	\N
90	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.647453	1795879567.656385	\N	\N
91	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.6660614	1795879567.675146	\N	\N
92	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.6864145	1795879567.6947405	\N	\N
93	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.7049072	1795879567.7134402	\N	\N
94	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.723476	1795879567.7325377	\N	\N
95	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.7419415	1795879567.7511883	\N	\N
96	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.7613394	1795879567.7700133	\N	\N
97	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.779827	1795879567.7879739	\N	\N
98	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.7974622	1795879567.8058531	\N	\N
99	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.8155544	1795879567.8242223	\N	\N
100	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.8336387	1795879567.841851	\N	\N
101	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.8508737	1795879567.8596437	\N	\N
102	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.8700647	1795879567.8783655	\N	\N
103	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.887211	1795879567.8960464	\N	\N
104	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.9060423	1795879567.914518	\N	\N
105	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.9236884	1795879567.932295	\N	\N
106	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.9417763	1795879567.9500594	\N	\N
107	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.9606519	1795879567.9686246	\N	\N
108	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.979194	1795879567.9875674	\N	\N
109	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879567.9967053	1795879568.0056884	\N	\N
110	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879568.0151098	1795879568.0233686	\N	\N
111	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879568.0332522	1795879568.0420144	\N	\N
112	0.1.0	db18a61af465b1119d2ff266545016f7f66b0149	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:26867:c41c93a6	1795879568.052089	1795879568.0612144	\N	\N
\.


--
-- Data for Name: representation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.representation (id, cell_id, model_id, kind, store_path, n_points, n_dims, dtype, checksum, provenance_id) FROM stdin;
1	17	1	mean	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-218695e1	50	3	float32	6d60d48fa7971fdec6d54c589212b721dca07980a301970f1b285da6dd3b7d1a	17
2	18	1	sampled	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-d97a2695	50	3	float32	6d60d48fa7971fdec6d54c589212b721dca07980a301970f1b285da6dd3b7d1a	18
3	19	2	mean	cells/79/79d9e22be61d38b69893c3472f257941/a1-c331f1c1	50	3	float32	3e4c9c2c9c4088425756ddd67e25fecaa92548e1549ce3530d3c3851a289a49d	19
4	20	2	sampled	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-ba2a3739	50	3	float32	3e4c9c2c9c4088425756ddd67e25fecaa92548e1549ce3530d3c3851a289a49d	20
5	21	3	mean	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-8799c132	50	3	float32	48677ec5ef5dac18ae9db3683d876c67bd1e0b6c2027c60cff4338622c61c051	21
6	22	3	sampled	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-e03f3796	50	3	float32	48677ec5ef5dac18ae9db3683d876c67bd1e0b6c2027c60cff4338622c61c051	22
7	23	4	mean	cells/88/88409b81e60a64194add798ede601211/a1-dfdc584d	50	3	float32	35417b96e4221b3bbe71c5976cd49551e64da91aa4dff57151b6a6a3a71a5667	23
8	24	4	sampled	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-0f5927e2	50	3	float32	35417b96e4221b3bbe71c5976cd49551e64da91aa4dff57151b6a6a3a71a5667	24
9	25	5	mean	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-8ffb6d37	50	3	float32	7df26c0dff821c147991eb53b9041634370ed8b4a9ddc3ae3b0f0df718042272	25
10	26	5	sampled	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-13eed087	50	3	float32	7df26c0dff821c147991eb53b9041634370ed8b4a9ddc3ae3b0f0df718042272	26
11	27	6	mean	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-6e7154b7	50	3	float32	d2bdc52c718a95ac1530adcf81adf145d0a44ea6039eafd93d0a61f3e1ece47d	27
12	28	6	sampled	cells/0e/0e76b617b6716316763f84e755dccada/a1-0426c8b4	50	3	float32	d2bdc52c718a95ac1530adcf81adf145d0a44ea6039eafd93d0a61f3e1ece47d	28
13	29	7	mean	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-b1fe19a5	50	3	float32	2593645dbfa0b3366d6ae6c2f01f08a04175dc7772abb8761dabe9ef88c38cc3	29
14	30	7	sampled	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-d1c9c5f6	50	3	float32	2593645dbfa0b3366d6ae6c2f01f08a04175dc7772abb8761dabe9ef88c38cc3	30
15	31	8	mean	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-f8f73b42	50	3	float32	1dd1311d6b2d862d1047e8d92e713cef34ba1c2c5efff4566af1bf0789bf69fe	31
16	32	8	sampled	cells/95/959e952a5f9f0499183496408facb4b7/a1-7657d9bf	50	3	float32	1dd1311d6b2d862d1047e8d92e713cef34ba1c2c5efff4566af1bf0789bf69fe	32
17	33	9	mean	cells/36/36d281fa838955079de7a09053745f41/a1-e93af2d8	50	3	float32	f04edc8ea9779f279ba1867b7972cf66333a5ddf8c994f89125bbc34bd585442	33
18	34	9	sampled	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-4bb2e1b2	50	3	float32	f04edc8ea9779f279ba1867b7972cf66333a5ddf8c994f89125bbc34bd585442	34
19	35	10	mean	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-76942120	50	3	float32	ff5115c2341b52c126c4b388358d2f6255a37fc97f51363f51cb21deb48a20f9	35
20	36	10	sampled	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a68ef736	50	3	float32	ff5115c2341b52c126c4b388358d2f6255a37fc97f51363f51cb21deb48a20f9	36
21	37	11	mean	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-863dff86	50	3	float32	4c36ce32b5d8486472cbaaa5e0772f4068e2311f1b8b8626d0bc2e5eafd4215f	37
22	38	11	sampled	cells/47/47059e6085a06230fd137d52f024996f/a1-5a1d3616	50	3	float32	4c36ce32b5d8486472cbaaa5e0772f4068e2311f1b8b8626d0bc2e5eafd4215f	38
23	39	12	mean	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-7911b7e8	50	3	float32	3cd6e50457d876d3b01452b0740475d8de2f2a458f2475d8ff03dfcf053d9ab7	39
24	40	12	sampled	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-1b0cc0b1	50	3	float32	3cd6e50457d876d3b01452b0740475d8de2f2a458f2475d8ff03dfcf053d9ab7	40
25	41	13	mean	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-53b94fb2	50	3	float32	d3fc96fb0447fbc00e48e5f22fc0522b005157b2062912f8bd7448fd01e01316	41
26	42	13	sampled	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-788fcd8a	50	3	float32	d3fc96fb0447fbc00e48e5f22fc0522b005157b2062912f8bd7448fd01e01316	42
27	43	14	mean	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-2c566482	50	3	float32	fe8ec5599b908be5b71b10e3e260b9ae42dca64ef25110da65c348038b34389d	43
28	44	14	sampled	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-a5b23978	50	3	float32	fe8ec5599b908be5b71b10e3e260b9ae42dca64ef25110da65c348038b34389d	44
29	45	15	mean	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-d4f9750e	50	3	float32	5b67b10653c5d64577ae1c243fc89ad700f929ccf5068105cbbce0ffc9828ea2	45
30	46	15	sampled	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-c02dbcdf	50	3	float32	5b67b10653c5d64577ae1c243fc89ad700f929ccf5068105cbbce0ffc9828ea2	46
31	47	16	mean	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-78524611	50	3	float32	6c18837e387a12f57b7677254b9cb40c739f30878e27d9e1c34b07de7f5e4f40	47
32	48	16	sampled	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-d5904700	50	3	float32	6c18837e387a12f57b7677254b9cb40c739f30878e27d9e1c34b07de7f5e4f40	48
\.


--
-- Data for Name: score; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.score (id, evaluation_id, name, value) FROM stdin;
1	1	magnitude	1.1588059663772583
2	1	metric_hash	11352367
3	1	spread	1.2394665479660034
4	2	magnitude	1.1588059663772583
5	2	metric_hash	16371806
6	2	spread	1.2394665479660034
7	3	magnitude	1.1588059663772583
8	3	metric_hash	5611360
9	3	spread	1.2394665479660034
10	4	magnitude	1.1588059663772583
11	4	metric_hash	11061067
12	4	spread	1.2394665479660034
13	5	magnitude	0.9204399585723877
14	5	metric_hash	4546308
15	5	spread	1.0539395809173584
16	6	magnitude	0.9204399585723877
17	6	metric_hash	5528020
18	6	spread	1.0539395809173584
19	7	magnitude	0.9204399585723877
20	7	metric_hash	11949226
21	7	spread	1.0539395809173584
22	8	magnitude	0.9204399585723877
23	8	metric_hash	8018971
24	8	spread	1.0539395809173584
25	9	magnitude	0.4865182042121887
26	9	metric_hash	11865715
27	9	spread	0.3758368194103241
28	10	magnitude	0.4865182042121887
29	10	metric_hash	9072476
30	10	spread	0.3758368194103241
31	11	magnitude	0.4865182042121887
32	11	metric_hash	14442635
33	11	spread	0.3758368194103241
34	12	magnitude	0.4865182042121887
35	12	metric_hash	1294919
36	12	spread	0.3758368194103241
37	13	magnitude	1.4360400438308716
38	13	metric_hash	5382024
39	13	spread	1.7871476411819458
40	14	magnitude	1.4360400438308716
41	14	metric_hash	8607716
42	14	spread	1.7871476411819458
43	15	magnitude	1.4360400438308716
44	15	metric_hash	5410264
45	15	spread	1.7871476411819458
46	16	magnitude	1.4360400438308716
47	16	metric_hash	2606735
48	16	spread	1.7871476411819458
49	17	magnitude	2.0023725032806396
50	17	metric_hash	2718050
51	17	spread	3.004748582839966
52	18	magnitude	2.0023725032806396
53	18	metric_hash	12210946
54	18	spread	3.004748582839966
55	19	magnitude	2.0023725032806396
56	19	metric_hash	15365505
57	19	spread	3.004748582839966
58	20	magnitude	2.0023725032806396
59	20	metric_hash	2515069
60	20	spread	3.004748582839966
61	21	magnitude	2.1460726261138916
62	21	metric_hash	12510664
63	21	spread	2.8546040058135986
64	22	magnitude	2.1460726261138916
65	22	metric_hash	15912327
66	22	spread	2.8546040058135986
67	23	magnitude	2.1460726261138916
68	23	metric_hash	10432665
69	23	spread	2.8546040058135986
70	24	magnitude	2.1460726261138916
71	24	metric_hash	12944253
72	24	spread	2.8546040058135986
73	25	magnitude	2.200819492340088
74	25	metric_hash	4995839
75	25	spread	2.518251419067383
76	26	magnitude	2.200819492340088
77	26	metric_hash	14256737
78	26	spread	2.518251419067383
79	27	magnitude	2.200819492340088
80	27	metric_hash	5749654
81	27	spread	2.518251419067383
82	28	magnitude	2.200819492340088
83	28	metric_hash	8202147
84	28	spread	2.518251419067383
85	29	magnitude	1.9671146869659424
86	29	metric_hash	2635910
87	29	spread	1.9260517358779907
88	30	magnitude	1.9671146869659424
89	30	metric_hash	16544244
90	30	spread	1.9260517358779907
91	31	magnitude	1.9671146869659424
92	31	metric_hash	8378911
93	31	spread	1.9260517358779907
94	32	magnitude	1.9671146869659424
95	32	metric_hash	7097843
96	32	spread	1.9260517358779907
97	33	magnitude	0.8930010199546814
98	33	metric_hash	6866864
99	33	spread	0.6330959796905518
100	34	magnitude	0.8930010199546814
101	34	metric_hash	5736120
102	34	spread	0.6330959796905518
103	35	magnitude	0.8930010199546814
104	35	metric_hash	10406243
105	35	spread	0.6330959796905518
106	36	magnitude	0.8930010199546814
107	36	metric_hash	12473705
108	36	spread	0.6330959796905518
109	37	magnitude	2.0155134201049805
110	37	metric_hash	15636060
111	37	spread	2.2971134185791016
112	38	magnitude	2.0155134201049805
113	38	metric_hash	4004548
114	38	spread	2.2971134185791016
115	39	magnitude	2.0155134201049805
116	39	metric_hash	11094877
117	39	spread	2.2971134185791016
118	40	magnitude	2.0155134201049805
119	40	metric_hash	4365442
120	40	spread	2.2971134185791016
121	41	magnitude	2.900116205215454
122	41	metric_hash	6346104
123	41	spread	4.039480209350586
124	42	magnitude	2.900116205215454
125	42	metric_hash	16210951
126	42	spread	4.039480209350586
127	43	magnitude	2.900116205215454
128	43	metric_hash	7396714
129	43	spread	4.039480209350586
130	44	magnitude	2.900116205215454
131	44	metric_hash	2798514
132	44	spread	4.039480209350586
133	45	magnitude	1.746901273727417
134	45	metric_hash	7571801
135	45	spread	1.954677939414978
136	46	magnitude	1.746901273727417
137	46	metric_hash	14536589
138	46	spread	1.954677939414978
139	47	magnitude	1.746901273727417
140	47	metric_hash	277773
141	47	spread	1.954677939414978
142	48	magnitude	1.746901273727417
143	48	metric_hash	10327523
144	48	spread	1.954677939414978
145	49	magnitude	0.8635957837104797
146	49	metric_hash	2921395
147	49	spread	1.0969825983047485
148	50	magnitude	0.8635957837104797
149	50	metric_hash	3666206
150	50	spread	1.0969825983047485
151	51	magnitude	0.8635957837104797
152	51	metric_hash	13294715
153	51	spread	1.0969825983047485
154	52	magnitude	0.8635957837104797
155	52	metric_hash	1039285
156	52	spread	1.0969825983047485
157	53	magnitude	1.8671175241470337
158	53	metric_hash	1519156
159	53	spread	2.796055555343628
160	54	magnitude	1.8671175241470337
161	54	metric_hash	9171352
162	54	spread	2.796055555343628
163	55	magnitude	1.8671175241470337
164	55	metric_hash	10641314
165	55	spread	2.796055555343628
166	56	magnitude	1.8671175241470337
167	56	metric_hash	7905475
168	56	spread	2.796055555343628
169	57	magnitude	0.8929929733276367
170	57	metric_hash	470318
171	57	spread	1.1668431758880615
172	58	magnitude	0.8929929733276367
173	58	metric_hash	9609315
174	58	spread	1.1668431758880615
175	59	magnitude	0.8929929733276367
176	59	metric_hash	4711091
177	59	spread	1.1668431758880615
178	60	magnitude	0.8929929733276367
179	60	metric_hash	13800713
180	60	spread	1.1668431758880615
181	61	magnitude	2.4682421684265137
182	61	metric_hash	15532376
183	61	spread	2.1351938247680664
184	62	magnitude	2.4682421684265137
185	62	metric_hash	15595407
186	62	spread	2.1351938247680664
187	63	magnitude	2.4682421684265137
188	63	metric_hash	7766833
189	63	spread	2.1351938247680664
190	64	magnitude	2.4682421684265137
191	64	metric_hash	6826705
192	64	spread	2.1351938247680664
\.


--
-- Data for Name: study; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study (id, name, description, spec_sha256, spec_text, created_at, updated_at) FROM stdin;
1	upgrade-toy		850ae944fc6cdd2621605361b1231abd32b53e2d2b2b35db44fcba94e053576e	# The study every upgrade fixture holds (tests/upgrades/make.py): toy runners, 112 cells.\n\n[study]\nname = "upgrade-toy"\n\n[train]\nrunner = "toy-train"\nsteps = 2\n\n[grid.root]\nproduct = ["dataset", "seed", "methods"]\n\n[grid.dataset]\naxis = "dataset"\nvalues = ["a", "b"]\n\n[grid.seed]\naxis = "seed"\nrange = [0, 2]\n\n[grid.methods]\nchain = ["m1", "m2"]\n\n[grid.m1]\nfixed = { method = "m1" }\nzip = { beta = [1, 2] }\n\n[grid.m2]\nfixed = { method = "m2" }\nzip = { gamma = [10, 20] }\n\n[represent]\nrunner = "toy-represent"\n\n[evaluate]\nrunner = "toy-evaluate"\nmetrics = ["x", "y"]\n\n	1795879564.4636798	1795879564.4636798
\.


--
-- Data for Name: study_cell; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study_cell (study_id, cell_id) FROM stdin;
1	1
1	2
1	3
1	4
1	5
1	6
1	7
1	8
1	9
1	10
1	11
1	12
1	13
1	14
1	15
1	16
1	17
1	18
1	19
1	20
1	21
1	22
1	23
1	24
1	25
1	26
1	27
1	28
1	29
1	30
1	31
1	32
1	33
1	34
1	35
1	36
1	37
1	38
1	39
1	40
1	41
1	42
1	43
1	44
1	45
1	46
1	47
1	48
1	49
1	50
1	51
1	52
1	53
1	54
1	55
1	56
1	57
1	58
1	59
1	60
1	61
1	62
1	63
1	64
1	65
1	66
1	67
1	68
1	69
1	70
1	71
1	72
1	73
1	74
1	75
1	76
1	77
1	78
1	79
1	80
1	81
1	82
1	83
1	84
1	85
1	86
1	87
1	88
1	89
1	90
1	91
1	92
1	93
1	94
1	95
1	96
1	97
1	98
1	99
1	100
1	101
1	102
1	103
1	104
1	105
1	106
1	107
1	108
1	109
1	110
1	111
1	112
\.


--
-- Data for Name: tensor; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tensor (id, cell_id, name, path, shape, dtype, nbytes, checksum) FROM stdin;
1	1	weights	cells/91/911a56f44ce11c1684718822a0cf34b0/a1-26d2e3cc/weights	3	float32	12	14b095994a81fb7840cd8d3f430387422efd5e7e236aba30074dbbe3bed7b3c2
2	2	weights	cells/33/33c32cf3455ab523c7587529e4af12f3/a1-b5e8a763/weights	3	float32	12	d417402efe149b4283231a937bdbb153c569cc540212ae4e21a896278863f322
3	3	weights	cells/0d/0d7d89e6263afd1fb3c798b235b25dff/a1-5d33a95f/weights	3	float32	12	615be354a148ca46fc6cdf96e2a9409076d5ede2fb5d359f9b672496044b4afa
4	4	weights	cells/d8/d8b685f9d1d930b32a9710b3f0572b6e/a1-7584bad1/weights	3	float32	12	47a0e5bd8931f3fc23c3af3f8578c1c79b93f10412523ef83ca65539b8d93c69
5	5	weights	cells/eb/eb81582a0852f946bd0a517d36fb9328/a1-67954703/weights	3	float32	12	f9fdeab411782c533246b97cbc26744807cba507be8a75be55e7fea2e9ee351a
6	6	weights	cells/87/87cc8a3368cbfdd0f8b85181233b20b0/a1-2e30aa8b/weights	3	float32	12	b2711a0858f0de879bb166811148a5ad1a4f51dcf6ea00066c915d3d98c46323
7	7	weights	cells/cd/cd21685e4b0c3f2c7ef0b1418d8e2e71/a1-cfd63a41/weights	3	float32	12	bb31dbed370bb8336c98a82f18775f6ed627c6bbd7ce7d8be532e224eca0585d
8	8	weights	cells/85/854a96913fa5191ac51d5a7d4d9b069f/a1-0c5f9080/weights	3	float32	12	c660c542d41c8f207a5e5b0e8abf7dd6e86f4cebc2776454b3d47987cd496c46
9	9	weights	cells/bd/bd32817752d83a1e5952abd84853c762/a1-cdbf1d5c/weights	3	float32	12	426093c82a05a01bfafc965df22394f717da13392aeb1caffc68cef93173b4be
10	10	weights	cells/f9/f94b941493063104c57956b694d08711/a1-b8f0ad0f/weights	3	float32	12	cba1de38a6bedfdb63f994812dd7ddfcb4695d73c9609e8c8dcf7c4a9f182bcd
11	11	weights	cells/8e/8ea82c78d6ff8630ff58175e09d96414/a1-0febd73c/weights	3	float32	12	69f2515494dcb0c573f939c4657226c918c0f65e6f7fa551572e661f4b9b04d8
12	12	weights	cells/e7/e74da55aa03350b59d91bed2cf6191a8/a1-a394effc/weights	3	float32	12	07218f31ee3737d3fdec8761541692901120b16a3d0c794b80ebca329d836a33
13	13	weights	cells/ce/ce1228ecabd549823b6a0f1a173bc6ee/a1-e3407ced/weights	3	float32	12	6ee4a217e4efe92869277a3969f4554c5bf429d58010395f4cd3061f3cd08fc6
14	14	weights	cells/31/3134498c9eae9a87cbd770cde3ecec23/a1-7a863f98/weights	3	float32	12	cf64ca826f9588003947ca5ebb98258399cb4f3a66767c092167c1e0ac1f7230
15	15	weights	cells/91/916647d1aca7f9c2ae8bfe7645371d78/a1-606b9c18/weights	3	float32	12	6c9794c926a49ed08f3c952f1831e3502538e23b304d5810ed4c4a99b9a4cf92
16	16	weights	cells/f8/f8043e0633b9ae0f86cd0f339251ae99/a1-383044b2/weights	3	float32	12	42fd2bb6c32c60f2ba79c3adc13af1985959d1e92d2753308ea34aecde114717
17	17	mean	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-218695e1/mean	50,3	float32	600	5f4f2a5c8f238ee587b0926814c5c4631d6816b40079228a2bc3dc809142d9d3
18	17	logvar	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-218695e1/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
19	17	factors	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-218695e1/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
20	18	mean	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-d97a2695/mean	50,3	float32	600	5f4f2a5c8f238ee587b0926814c5c4631d6816b40079228a2bc3dc809142d9d3
21	18	logvar	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-d97a2695/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
22	18	factors	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-d97a2695/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
23	19	mean	cells/79/79d9e22be61d38b69893c3472f257941/a1-c331f1c1/mean	50,3	float32	600	35f2367cb7e391a0c6003fadac777858e27d7c2f2cfae7336ce9ff6c60c17d08
24	19	logvar	cells/79/79d9e22be61d38b69893c3472f257941/a1-c331f1c1/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
25	19	factors	cells/79/79d9e22be61d38b69893c3472f257941/a1-c331f1c1/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
26	20	mean	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-ba2a3739/mean	50,3	float32	600	35f2367cb7e391a0c6003fadac777858e27d7c2f2cfae7336ce9ff6c60c17d08
27	20	logvar	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-ba2a3739/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
28	20	factors	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-ba2a3739/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
29	21	mean	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-8799c132/mean	50,3	float32	600	97a6d7d8e9523c18dde60776e9fdba863700a23935ce0c1e746b505db3c6154e
30	21	logvar	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-8799c132/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
31	21	factors	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-8799c132/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
32	22	mean	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-e03f3796/mean	50,3	float32	600	97a6d7d8e9523c18dde60776e9fdba863700a23935ce0c1e746b505db3c6154e
33	22	logvar	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-e03f3796/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
34	22	factors	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-e03f3796/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
35	23	mean	cells/88/88409b81e60a64194add798ede601211/a1-dfdc584d/mean	50,3	float32	600	6130a8aa40e2072e43d1490eed290dcba98646b8038e4e81578d6baae4655c2f
36	23	logvar	cells/88/88409b81e60a64194add798ede601211/a1-dfdc584d/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
37	23	factors	cells/88/88409b81e60a64194add798ede601211/a1-dfdc584d/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
38	24	mean	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-0f5927e2/mean	50,3	float32	600	6130a8aa40e2072e43d1490eed290dcba98646b8038e4e81578d6baae4655c2f
39	24	logvar	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-0f5927e2/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
40	24	factors	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-0f5927e2/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
41	25	mean	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-8ffb6d37/mean	50,3	float32	600	066e04c7a5e272c1af5b6421b543dfcdc043423476168a269a1c782bfda753e9
42	25	logvar	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-8ffb6d37/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
43	25	factors	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-8ffb6d37/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
44	26	mean	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-13eed087/mean	50,3	float32	600	066e04c7a5e272c1af5b6421b543dfcdc043423476168a269a1c782bfda753e9
45	26	logvar	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-13eed087/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
46	26	factors	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-13eed087/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
47	27	mean	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-6e7154b7/mean	50,3	float32	600	ba439709118ea2fab17d6dba3a6ffdb17fd05a40e5f03c6244a17ea7f3da4e05
48	27	logvar	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-6e7154b7/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
49	27	factors	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-6e7154b7/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
50	28	mean	cells/0e/0e76b617b6716316763f84e755dccada/a1-0426c8b4/mean	50,3	float32	600	ba439709118ea2fab17d6dba3a6ffdb17fd05a40e5f03c6244a17ea7f3da4e05
51	28	logvar	cells/0e/0e76b617b6716316763f84e755dccada/a1-0426c8b4/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
52	28	factors	cells/0e/0e76b617b6716316763f84e755dccada/a1-0426c8b4/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
53	29	mean	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-b1fe19a5/mean	50,3	float32	600	2bd308b4dac283c4cd1dd3c456d523f34a52025de08c15e9f029ce3cc549a868
54	29	logvar	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-b1fe19a5/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
55	29	factors	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-b1fe19a5/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
56	30	mean	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-d1c9c5f6/mean	50,3	float32	600	2bd308b4dac283c4cd1dd3c456d523f34a52025de08c15e9f029ce3cc549a868
57	30	logvar	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-d1c9c5f6/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
58	30	factors	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-d1c9c5f6/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
59	31	mean	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-f8f73b42/mean	50,3	float32	600	56340250d4f141796e5224daf1d33709af5d943f2fda27f44bd6b0b0a89de2b2
60	31	logvar	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-f8f73b42/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
61	31	factors	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-f8f73b42/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
62	32	mean	cells/95/959e952a5f9f0499183496408facb4b7/a1-7657d9bf/mean	50,3	float32	600	56340250d4f141796e5224daf1d33709af5d943f2fda27f44bd6b0b0a89de2b2
63	32	logvar	cells/95/959e952a5f9f0499183496408facb4b7/a1-7657d9bf/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
64	32	factors	cells/95/959e952a5f9f0499183496408facb4b7/a1-7657d9bf/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
65	33	mean	cells/36/36d281fa838955079de7a09053745f41/a1-e93af2d8/mean	50,3	float32	600	20c6649dc53e3f8e0df05f7d50973d357187a64ec982ee356591312b7ee05992
66	33	logvar	cells/36/36d281fa838955079de7a09053745f41/a1-e93af2d8/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
67	33	factors	cells/36/36d281fa838955079de7a09053745f41/a1-e93af2d8/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
68	34	mean	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-4bb2e1b2/mean	50,3	float32	600	20c6649dc53e3f8e0df05f7d50973d357187a64ec982ee356591312b7ee05992
69	34	logvar	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-4bb2e1b2/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
70	34	factors	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-4bb2e1b2/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
71	35	mean	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-76942120/mean	50,3	float32	600	e849b0a07805d2a869c0dbe1e08af20e554f5ad3cc0b79d57db59ad03d7263a2
72	35	logvar	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-76942120/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
73	35	factors	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-76942120/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
74	36	mean	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a68ef736/mean	50,3	float32	600	e849b0a07805d2a869c0dbe1e08af20e554f5ad3cc0b79d57db59ad03d7263a2
75	36	logvar	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a68ef736/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
76	36	factors	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a68ef736/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
77	37	mean	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-863dff86/mean	50,3	float32	600	30a2a7532476f6913d729075fce86ce6e761071c2e653977099056b969ec1008
78	37	logvar	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-863dff86/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
79	37	factors	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-863dff86/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
80	38	mean	cells/47/47059e6085a06230fd137d52f024996f/a1-5a1d3616/mean	50,3	float32	600	30a2a7532476f6913d729075fce86ce6e761071c2e653977099056b969ec1008
81	38	logvar	cells/47/47059e6085a06230fd137d52f024996f/a1-5a1d3616/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
82	38	factors	cells/47/47059e6085a06230fd137d52f024996f/a1-5a1d3616/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
83	39	mean	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-7911b7e8/mean	50,3	float32	600	8f450834981b2fca237fe9367f5654c889c65804ec314a23cf6cbe210150ecab
84	39	logvar	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-7911b7e8/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
85	39	factors	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-7911b7e8/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
86	40	mean	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-1b0cc0b1/mean	50,3	float32	600	8f450834981b2fca237fe9367f5654c889c65804ec314a23cf6cbe210150ecab
87	40	logvar	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-1b0cc0b1/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
88	40	factors	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-1b0cc0b1/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
89	41	mean	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-53b94fb2/mean	50,3	float32	600	b58e86bc7e63f00f2a34407e74cada3e4b2e1b3d2e07df9f829dde44aea765bf
90	41	logvar	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-53b94fb2/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
91	41	factors	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-53b94fb2/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
92	42	mean	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-788fcd8a/mean	50,3	float32	600	b58e86bc7e63f00f2a34407e74cada3e4b2e1b3d2e07df9f829dde44aea765bf
93	42	logvar	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-788fcd8a/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
94	42	factors	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-788fcd8a/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
95	43	mean	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-2c566482/mean	50,3	float32	600	9271a9247f789f854fd5f9f97039956648b37dd1e1b7ee20d74806ff9987390f
96	43	logvar	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-2c566482/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
97	43	factors	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-2c566482/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
98	44	mean	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-a5b23978/mean	50,3	float32	600	9271a9247f789f854fd5f9f97039956648b37dd1e1b7ee20d74806ff9987390f
99	44	logvar	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-a5b23978/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
100	44	factors	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-a5b23978/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
101	45	mean	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-d4f9750e/mean	50,3	float32	600	7fe45cc520f7ea06358cb172bbe4d78e5c5f1b0db708d5ba75cc2a0caf6e112a
102	45	logvar	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-d4f9750e/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
103	45	factors	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-d4f9750e/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
104	46	mean	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-c02dbcdf/mean	50,3	float32	600	7fe45cc520f7ea06358cb172bbe4d78e5c5f1b0db708d5ba75cc2a0caf6e112a
105	46	logvar	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-c02dbcdf/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
106	46	factors	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-c02dbcdf/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
107	47	mean	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-78524611/mean	50,3	float32	600	5f762c4a8f982e22ed8dd37c003a824fe72662df3cd9e6df269a747f5c96e7e3
108	47	logvar	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-78524611/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
109	47	factors	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-78524611/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
110	48	mean	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-d5904700/mean	50,3	float32	600	5f762c4a8f982e22ed8dd37c003a824fe72662df3cd9e6df269a747f5c96e7e3
111	48	logvar	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-d5904700/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
112	48	factors	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-d5904700/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
\.


--
-- Data for Name: training_curve; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.training_curve (id, model_id, step, name, value) FROM stdin;
1	1	2	loss	2.2002643912288464
2	2	2	loss	1.747670874603569
3	3	2	loss	0.9237686853286085
4	4	2	loss	2.726658126144959
5	5	2	loss	3.801972647111594
6	6	2	loss	4.074821864130795
7	7	2	loss	4.178770906213098
8	8	2	loss	3.7350277848663005
9	9	2	loss	1.6955714934445052
10	10	2	loss	3.826924765106602
11	11	2	loss	5.506549517162501
12	12	2	loss	3.3169009493572537
13	13	2	loss	1.6397388841189513
14	14	2	loss	3.545159976314851
15	15	2	loss	1.695556401578248
16	16	2	loss	4.686535900646568
\.


--
-- Data for Name: verdict; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.verdict (id, study_id, claim, profile, verdict, severity, measured, interval_low, interval_high, n, offending_rows, result, expdb_version, git_commit, recorded_at) FROM stdin;
\.


--
-- Name: cell_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cell_id_seq', 112, true);


--
-- Name: evaluation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_id_seq', 64, true);


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hyperparameter_id_seq', 16, true);


--
-- Name: model_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_id_seq', 16, true);


--
-- Name: model_setting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_setting_id_seq', 32, true);


--
-- Name: provenance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.provenance_id_seq', 112, true);


--
-- Name: representation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.representation_id_seq', 32, true);


--
-- Name: score_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.score_id_seq', 192, true);


--
-- Name: study_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.study_id_seq', 1, true);


--
-- Name: tensor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tensor_id_seq', 112, true);


--
-- Name: training_curve_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.training_curve_id_seq', 16, true);


--
-- Name: verdict_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.verdict_id_seq', 1, false);


--
-- Name: cell_dependency cell_dependency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_pkey PRIMARY KEY (child_id, parent_id);


--
-- Name: cell cell_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_key_key UNIQUE (key);


--
-- Name: cell cell_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_pkey PRIMARY KEY (id);


--
-- Name: evaluation evaluation_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_cell_id_key UNIQUE (cell_id);


--
-- Name: evaluation evaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_pkey PRIMARY KEY (id);


--
-- Name: expdb_schema_version expdb_schema_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expdb_schema_version
    ADD CONSTRAINT expdb_schema_version_pkc PRIMARY KEY (version_num);


--
-- Name: hyperparameter hyperparameter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT hyperparameter_pkey PRIMARY KEY (id);


--
-- Name: model model_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_cell_id_key UNIQUE (cell_id);


--
-- Name: model model_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_pkey PRIMARY KEY (id);


--
-- Name: model_setting model_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT model_setting_pkey PRIMARY KEY (id);


--
-- Name: provenance provenance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provenance
    ADD CONSTRAINT provenance_pkey PRIMARY KEY (id);


--
-- Name: representation representation_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_cell_id_key UNIQUE (cell_id);


--
-- Name: representation representation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_pkey PRIMARY KEY (id);


--
-- Name: score score_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT score_pkey PRIMARY KEY (id);


--
-- Name: study_cell study_cell_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_pkey PRIMARY KEY (study_id, cell_id);


--
-- Name: study study_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study
    ADD CONSTRAINT study_name_key UNIQUE (name);


--
-- Name: study study_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study
    ADD CONSTRAINT study_pkey PRIMARY KEY (id);


--
-- Name: tensor tensor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT tensor_pkey PRIMARY KEY (id);


--
-- Name: training_curve training_curve_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT training_curve_pkey PRIMARY KEY (id);


--
-- Name: hyperparameter uq_hyperparameter_model_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT uq_hyperparameter_model_name UNIQUE (model_id, name);


--
-- Name: model_setting uq_model_setting_model_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT uq_model_setting_model_name UNIQUE (model_id, name);


--
-- Name: score uq_score_evaluation_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT uq_score_evaluation_name UNIQUE (evaluation_id, name);


--
-- Name: tensor uq_tensor_cell_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT uq_tensor_cell_name UNIQUE (cell_id, name);


--
-- Name: training_curve uq_training_curve_point; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT uq_training_curve_point UNIQUE (model_id, step, name);


--
-- Name: verdict verdict_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_pkey PRIMARY KEY (id);


--
-- Name: ix_cell_dependency_parent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cell_dependency_parent_id ON public.cell_dependency USING btree (parent_id);


--
-- Name: ix_cell_state_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cell_state_kind ON public.cell USING btree (state, kind);


--
-- Name: ix_evaluation_cell_cover; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evaluation_cell_cover ON public.evaluation USING btree (cell_id, metric, profile, representation_id, eval_seed);


--
-- Name: ix_evaluation_representation_metric; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evaluation_representation_metric ON public.evaluation USING btree (representation_id, metric);


--
-- Name: ix_hyperparameter_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_hyperparameter_model_id ON public.hyperparameter USING btree (model_id);


--
-- Name: ix_model_dataset_method_seed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_dataset_method_seed ON public.model USING btree (dataset, method, seed);


--
-- Name: ix_model_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_external_id ON public.model USING btree (external_id);


--
-- Name: ix_model_setting_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_setting_model_id ON public.model_setting USING btree (model_id);


--
-- Name: ix_representation_model_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_representation_model_kind ON public.representation USING btree (model_id, kind);


--
-- Name: ix_score_evaluation_cover; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_evaluation_cover ON public.score USING btree (evaluation_id, name, value);


--
-- Name: ix_score_evaluation_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_evaluation_id ON public.score USING btree (evaluation_id);


--
-- Name: ix_score_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_name ON public.score USING btree (name);


--
-- Name: ix_study_cell_cell_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_study_cell_cell_id ON public.study_cell USING btree (cell_id);


--
-- Name: ix_tensor_cell_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tensor_cell_id ON public.tensor USING btree (cell_id);


--
-- Name: ix_training_curve_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_training_curve_model_id ON public.training_curve USING btree (model_id);


--
-- Name: ix_verdict_study_claim; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_verdict_study_claim ON public.verdict USING btree (study_id, claim, recorded_at);


--
-- Name: cell_dependency cell_dependency_child_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_child_id_fkey FOREIGN KEY (child_id) REFERENCES public.cell(id);


--
-- Name: cell_dependency cell_dependency_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.cell(id);


--
-- Name: cell cell_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: evaluation evaluation_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: evaluation evaluation_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: evaluation evaluation_representation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_representation_id_fkey FOREIGN KEY (representation_id) REFERENCES public.representation(id);


--
-- Name: hyperparameter hyperparameter_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT hyperparameter_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: model model_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: model model_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: model_setting model_setting_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT model_setting_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: representation representation_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: representation representation_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: representation representation_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: score score_evaluation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT score_evaluation_id_fkey FOREIGN KEY (evaluation_id) REFERENCES public.evaluation(id);


--
-- Name: study_cell study_cell_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: study_cell study_cell_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.study(id);


--
-- Name: tensor tensor_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT tensor_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: training_curve training_curve_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT training_curve_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: verdict verdict_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.study(id);


--
-- PostgreSQL database dump complete
--

\unrestrict iiY3toTcef0VLfu30fN448Ndb6a3vafNEJHWIIYgZ1mOyOZfGxxIXi0noHQhYSS

